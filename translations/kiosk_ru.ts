<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
</TS>
