<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk_TM">
<context>
    <name>Header</name>
    <message>
        <source>Home</source>
        <translation>Baş sahypa</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Mowzuk saýlaň</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <source>Back</source>
        <translation>Yza</translation>
    </message>
</context>
</TS>
