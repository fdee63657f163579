<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>The screen returns to the start in %n second(s).</source>
        <translation>
            <numerusform>The screen returns to the start in %n second.</numerusform>
            <numerusform>The screen returns to the start in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPanelView</name>
    <message numerus="yes">
        <source>%n second(s) without a touch</source>
        <translation>
            <numerusform>%n second without a touch</numerusform>
            <numerusform>%n seconds without a touch</numerusform>
        </translation>
    </message>
</context>
</TS>
