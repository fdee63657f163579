<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Contacts</name>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Приёмная</translation>
    </message>
    <message>
        <source>Press service</source>
        <translation>Пресс-служба</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Scan to call this number</source>
        <translation>Отсканируйте, чтобы позвонить</translation>
    </message>
    <message>
        <source>Scan to write an e-mail</source>
        <translation>Отсканируйте, чтобы написать письмо</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Tap a phone number or the e-mail for its own QR code</source>
        <translation>Нажмите на номер телефона или адрес почты, чтобы получить отдельный QR-код</translation>
    </message>
    <message>
        <source>QR code of this contact card</source>
        <translation>QR-код этой контактной карточки</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to save this contact</source>
        <translation>Наведите камеру телефона, чтобы сохранить контакт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Выберите тему</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
</TS>
