<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk_TM">
<context>
    <name>Contacts</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Kabulhana</translation>
    </message>
    <message>
        <source>Press service</source>
        <translation>Metbugat gullugy</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Salgy</translation>
    </message>
    <message>
        <source>Scan to call this number</source>
        <translation>Jaň etmek üçin skanirläň</translation>
    </message>
    <message>
        <source>Scan to write an e-mail</source>
        <translation>Hat ýazmak üçin skanirläň</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Back</source>
        <translation>Yza</translation>
    </message>
    <message>
        <source>Tap a phone number or the e-mail for its own QR code</source>
        <translation>Aýratyn QR kod üçin telefon belgisine ýa-da e-poçta basyň</translation>
    </message>
    <message>
        <source>QR code of this contact card</source>
        <translation>Bu aragatnaşyk kartynyň QR kody</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to save this contact</source>
        <translation>Aragatnaşygy ýatda saklamak üçin telefonyňyzyň kamerasy bilen skanirläň</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
</context>
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
    <message>
        <source>Contacts</source>
        <translation>Aragatnaşyk</translation>
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
