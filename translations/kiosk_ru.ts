<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttractLetterhead</name>
    <message>
        <source>Flag of Turkmenistan</source>
        <translation>Флаг Туркменистана</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Scan with your phone’s camera to save this contact</source>
        <translation>Наведите камеру телефона, чтобы сохранить контакт</translation>
    </message>
    <message>
        <source>Tap a phone number or the e-mail for its own QR code</source>
        <translation>Нажмите на номер телефона или адрес почты, чтобы получить отдельный QR-код</translation>
    </message>
    <message>
        <source>QR code of this contact card</source>
        <translation>QR-код этой контактной карточки</translation>
    </message>
</context>
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
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <source>Large text</source>
        <translation>Крупный шрифт</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <source>Speech is unavailable</source>
        <translation>Озвучивание недоступно</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Next control</source>
        <translation>Следующий элемент</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Предыдущий элемент</translation>
    </message>
    <message>
        <source>Next control; in a text, read on</source>
        <translation>Следующий элемент; в тексте — читать дальше</translation>
    </message>
    <message>
        <source>Previous control; in a text, read back</source>
        <translation>Предыдущий элемент; в тексте — вернуться назад</translation>
    </message>
    <message>
        <source>Press the control in the frame</source>
        <translation>Нажать элемент в рамке</translation>
    </message>
    <message>
        <source>Back, or close this window</source>
        <translation>Назад или закрыть это окно</translation>
    </message>
    <message>
        <source>Open or close this help</source>
        <translation>Открыть или закрыть эту справку</translation>
    </message>
    <message>
        <source>With Listen on: pause, louder, softer</source>
        <translation>Когда «Слушать» включено: пауза, громче, тише</translation>
    </message>
    <message>
        <source>Using the keys</source>
        <translation>Управление с клавиатуры</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>HeroBand</name>
    <message>
        <source>as of %1</source>
        <translation>по состоянию на&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Выберите тему</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Карта мира</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>The screen returns to the start in %n second(s).</source>
        <translation>
            <numerusform>Через %n секунду экран вернётся к началу.</numerusform>
            <numerusform>Через %n секунды экран вернётся к началу.</numerusform>
            <numerusform>Через %n секунд экран вернётся к началу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Flag of Turkmenistan</source>
        <translation>Флаг Туркменистана</translation>
    </message>
</context>
<context>
    <name>MapFigures</name>
    <message>
        <source>as of %1</source>
        <translation>по состоянию на&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Tap a country, or a region in the list, to read about it. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>Нажмите на страну или на регион в списке, чтобы прочитать о регионе. Перетаскивайте карту пальцем; масштаб — двумя пальцами или кнопками + и −.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Grey: countries in none of these regions</source>
        <translation>Серым: страны, не входящие ни в один из этих регионов</translation>
    </message>
    <message>
        <source>Regions and their countries as the UN Statistics Division groups them (M49).</source>
        <translation>Регионы и их страны — по классификации Статистического отдела ООН (M49).</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Regions of the world</source>
        <translation>Регионы мира</translation>
    </message>
</context>
<context>
    <name>NavButtons</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
</context>
<context>
    <name>OpeningHoursView</name>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Open all day, every day.</source>
        <translation>Открыт весь день, каждый день.</translation>
    </message>
    <message>
        <source>Outside these hours the kiosk shows that it is closed, and the display sleeps. The first touch only wakes it.</source>
        <translation>В нерабочее время киоск показывает, что он закрыт, и экран засыпает. Первое касание только будит его.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Open earlier</source>
        <translation>Открывать раньше</translation>
    </message>
    <message>
        <source>Open later</source>
        <translation>Открывать позже</translation>
    </message>
    <message>
        <source>Close earlier</source>
        <translation>Закрывать раньше</translation>
    </message>
    <message>
        <source>Close later</source>
        <translation>Закрывать позже</translation>
    </message>
    <message>
        <source>Always open</source>
        <translation>Всегда открыт</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff access</source>
        <translation>Доступ для сотрудников</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Неверный PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Введите PIN-код сотрудника.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReaderOnward</name>
    <message>
        <source>See on the map:</source>
        <translation>Показать на карте:</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Следующая тема</translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>“Central Asia + 1” dialogue formats</source>
        <translation>Форматы диалога «Центральная Азия + 1»</translation>
    </message>
    <message>
        <source>States of the region</source>
        <translation>Государства региона</translation>
    </message>
    <message>
        <source>Territories of the region</source>
        <translation>Территории региона</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>button</source>
        <translation>кнопка</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>переключатель</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>элемент списка</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>on</source>
        <translation>включено</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выключено</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} из {count}</translation>
    </message>
    <message>
        <source>at</source>
        <translation>собака</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>точка</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Начальный экран</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Карта мира</translation>
    </message>
    <message>
        <source>Temporarily unavailable</source>
        <translation>Временно недоступно</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Speech is on: Tab and the arrows move, Enter chooses, Space pauses, plus and minus change the volume.</source>
        <translation>Озвучивание включено: Tab и стрелки — переход, Enter — выбор, пробел — пауза, плюс и минус — громкость.</translation>
    </message>
    <message>
        <source>Reading: Down for the next paragraph, Up for the previous one.</source>
        <translation>Чтение: стрелка вниз — следующий абзац, стрелка вверх — предыдущий.</translation>
    </message>
    <message>
        <source>Volume {volume}</source>
        <translation>Громкость {volume}</translation>
    </message>
</context>
<context>
    <name>StaffPackLines</name>
    <message>
        <source>No content pack installed: the kiosk shows its own content.</source>
        <translation>Пакет содержимого не установлен: киоск показывает собственное содержимое.</translation>
    </message>
    <message>
        <source>Content pack %1: its record is damaged (%2); install the pack again to repair it.</source>
        <translation>Пакет содержимого %1: его запись повреждена (%2); установите пакет ещё раз, чтобы восстановить её.</translation>
    </message>
    <message>
        <source>Content pack %1 was CHANGED SINCE INSTALL (%2): not what was signed; install the pack again to repair it.</source>
        <translation>Пакет содержимого %1 ИЗМЕНЁН ПОСЛЕ УСТАНОВКИ (%2): это не то, что было подписано; установите пакет ещё раз, чтобы восстановить его.</translation>
    </message>
    <message>
        <source>Content pack %1, signed by %2 (key %3).</source>
        <translation>Пакет содержимого %1, подписан: %2 (ключ %3).</translation>
    </message>
    <message>
        <source>Last pack refused (%1, %2): %3</source>
        <translation>Последний отклонённый пакет (%1, %2): %3</translation>
    </message>
</context>
<context>
    <name>StaffPanelView</name>
    <message>
        <source>New content is valid; it is shown after the next reset.</source>
        <translation>Новое содержимое проверено; оно появится после следующего сброса.</translation>
    </message>
    <message>
        <source>New content has errors; the current content stays.</source>
        <translation>В новом содержимом есть ошибки; на экране остаётся текущее.</translation>
    </message>
    <message>
        <source>Checking the content…</source>
        <translation>Проверка содержимого…</translation>
    </message>
    <message>
        <source>The content on screen is current.</source>
        <translation>На экране актуальное содержимое.</translation>
    </message>
    <message>
        <source>draft, awaiting review</source>
        <translation>черновик, ожидает проверки</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>проверено</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>исходный текст</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>The content folder %1 is missing (a USB stick or share not mounted?). The content on screen stays; the folder is read again when it is back.</source>
        <translation>Папка содержимого %1 отсутствует (USB-накопитель или сетевая папка не подключены?). На экране остаётся текущее содержимое; папка будет прочитана снова, когда появится.</translation>
    </message>
    <message>
        <source>The content folder %1 is not answering (a network share that hangs?). The content on screen stays; the folder is read again when it answers.</source>
        <translation>Папка содержимого %1 не отвечает (зависла сетевая папка?). На экране остаётся текущее содержимое; папка будет прочитана снова, когда ответит.</translation>
    </message>
    <message>
        <source>Settings cannot be saved to %1 (%2). Changes last until the kiosk restarts.</source>
        <translation>Настройки не удаётся сохранить в %1 (%2). Изменения действуют до перезапуска киоска.</translation>
    </message>
    <message>
        <source>Speech (Listen) is unavailable: %1.</source>
        <translation>Озвучивание («Слушать») недоступно: %1.</translation>
    </message>
    <message>
        <source>The usage counts file was damaged. It was kept as %1 and a new one was started; the counts in it are not shown here.</source>
        <translation>Файл счётчиков использования был повреждён. Он сохранён как %1, начат новый файл; счётчики из повреждённого файла здесь не показаны.</translation>
    </message>
    <message>
        <source>Usage counts cannot be saved to %1 now (%2). They are kept and saved when it works again.</source>
        <translation>Счётчики использования сейчас не удаётся сохранить в %1 (%2). Они сохраняются в памяти и будут записаны, когда это снова станет возможно.</translation>
    </message>
    <message>
        <source>locked by another program</source>
        <translation>заблокирован другой программой</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>в папку нельзя записать</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>экран</translation>
    </message>
    <message>
        <source>section</source>
        <translation>раздел</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>display</source>
        <translation>отображение</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Панель сотрудника</translation>
    </message>
    <message>
        <source>Language after each reset</source>
        <translation>Язык после каждого сброса</translation>
    </message>
    <message>
        <source>Return to the start after</source>
        <translation>Возврат к началу после</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Короче</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) without a touch</source>
        <translation>
            <numerusform>%n секунды без касаний</numerusform>
            <numerusform>%n секунд без касаний</numerusform>
            <numerusform>%n секунд без касаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Дольше</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Перезагрузить содержимое</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Выйти из киоска</translation>
    </message>
    <message>
        <source>Problems of this machine</source>
        <translation>Неполадки этого устройства</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Usage (anonymous counts: today / in all)</source>
        <translation>Использование (анонимно: сегодня / всего)</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <source>World map of the partner regions</source>
        <translation>Карта мира с регионами-партнёрами</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Весь мир</translation>
    </message>
</context>
</TS>
