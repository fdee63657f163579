<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk_TM">
<context>
    <name>AttractLetterhead</name>
    <message>
        <source>Flag of Turkmenistan</source>
        <translation>Türkmenistanyň Döwlet baýdagy</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Scan with your phone’s camera to save this contact</source>
        <translation>Aragatnaşygy ýatda saklamak üçin telefonyňyzyň kamerasy bilen skanirläň</translation>
    </message>
    <message>
        <source>Tap a phone number or the e-mail for its own QR code</source>
        <translation>Aýratyn QR kod üçin telefon belgisine ýa-da e-poçta basyň</translation>
    </message>
    <message>
        <source>QR code of this contact card</source>
        <translation>Bu aragatnaşyk kartynyň QR kody</translation>
    </message>
</context>
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
        <source>Contacts</source>
        <translation>Aragatnaşyk</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR kod</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <source>Large text</source>
        <translation>Iri ýazgy</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Ýokary kontrast</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Diňle</translation>
    </message>
    <message>
        <source>Speech is unavailable</source>
        <translation>Sesli okamak elýeterli däl</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Next control</source>
        <translation>Indiki element</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Öňki element</translation>
    </message>
    <message>
        <source>Next control; in a text, read on</source>
        <translation>Indiki element; tekstde — dowamyny okamak</translation>
    </message>
    <message>
        <source>Previous control; in a text, read back</source>
        <translation>Öňki element; tekstde — yza gaýtmak</translation>
    </message>
    <message>
        <source>Press the control in the frame</source>
        <translation>Çarçuwadaky elementi basmak</translation>
    </message>
    <message>
        <source>Back, or close this window</source>
        <translation>Yza ýa-da bu penjiräni ýapmak</translation>
    </message>
    <message>
        <source>Open or close this help</source>
        <translation>Bu kömegi açmak ýa-da ýapmak</translation>
    </message>
    <message>
        <source>With Listen on: pause, louder, softer</source>
        <translation>«Diňle» açyk bolanda: arakesme, gatyrak, pesräk</translation>
    </message>
    <message>
        <source>Using the keys</source>
        <translation>Düwmeler bilen dolandyrmak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
</context>
<context>
    <name>HeroBand</name>
    <message>
        <source>as of %1</source>
        <translation>%1 ýagdaýyna görä</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a topic</source>
        <translation>Mowzuk saýlaň</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Dünýä kartasy</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Aragatnaşyk</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Siz henizem şu ýerdemi?</translation>
    </message>
    <message numerus="yes">
        <source>The screen returns to the start in %n second(s).</source>
        <translation>
            <numerusform>Ekran %n sekuntdan başlangyja gaýdar.</numerusform>
            <numerusform>Ekran %n sekuntdan başlangyja gaýdar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dowam et</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Flag of Turkmenistan</source>
        <translation>Türkmenistanyň Döwlet baýdagy</translation>
    </message>
</context>
<context>
    <name>MapFigures</name>
    <message>
        <source>as of %1</source>
        <translation>%1 ýagdaýyna görä</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Tap a country, or a region in the list, to read about it. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>Maglumat almak üçin ýurda ýa-da sanawdaky sebite basyň. Kartany barmak bilen süýşüriň; iki barmak ýa-da + we − düwmeleri bilen ulaldyň ýa-da kiçeldiň.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Sebitler</translation>
    </message>
    <message>
        <source>Grey: countries in none of these regions</source>
        <translation>Çal reňkde: bu sebitleriň hiç birine girmeýän ýurtlar</translation>
    </message>
    <message>
        <source>Regions and their countries as the UN Statistics Division groups them (M49).</source>
        <translation>Sebitler we olaryň ýurtlary BMG-niň Statistika bölüminiň toparlaýşy boýunça (M49).</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Regions of the world</source>
        <translation>Dünýäniň sebitleri</translation>
    </message>
</context>
<context>
    <name>NavButtons</name>
    <message>
        <source>Back</source>
        <translation>Yza</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Baş sahypa</translation>
    </message>
</context>
<context>
    <name>OpeningHoursView</name>
    <message>
        <source>Opening hours</source>
        <translation>Iş wagty</translation>
    </message>
    <message>
        <source>Open all day, every day.</source>
        <translation>Her gün, bütin gün açyk.</translation>
    </message>
    <message>
        <source>Outside these hours the kiosk shows that it is closed, and the display sleeps. The first touch only wakes it.</source>
        <translation>Iş wagtyndan daşary kiosk ýapykdygyny görkezýär we ekran ukuda bolýar. Ilkinji degmek diňe ony oýarýar.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açyk</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ýapyk</translation>
    </message>
    <message>
        <source>Open earlier</source>
        <translation>Irräk aç</translation>
    </message>
    <message>
        <source>Open later</source>
        <translation>Giçräk aç</translation>
    </message>
    <message>
        <source>Close earlier</source>
        <translation>Irräk ýap</translation>
    </message>
    <message>
        <source>Close later</source>
        <translation>Giçräk ýap</translation>
    </message>
    <message>
        <source>Always open</source>
        <translation>Hemişe açyk</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Taýýar</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff access</source>
        <translation>Işgärler üçin giriş</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Nädogry PIN kod köp gezek girizildi. %n minutdan täzeden synanyşyň.</numerusform>
            <numerusform>Nädogry PIN kod köp gezek girizildi. %n minutdan täzeden synanyşyň.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Nädogry PIN kod köp gezek girizildi. %n sekuntdan täzeden synanyşyň.</numerusform>
            <numerusform>Nädogry PIN kod köp gezek girizildi. %n sekuntdan täzeden synanyşyň.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Nädogry PIN kod. Täzeden synanyşyň.</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Işgäriň PIN koduny giriziň.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bolýar</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
</context>
<context>
    <name>ReaderOnward</name>
    <message>
        <source>See on the map:</source>
        <translation>Kartada görmek:</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Indiki mowzuk</translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>“Central Asia + 1” dialogue formats</source>
        <translation>«Merkezi Aziýa + 1» dialog formatlary</translation>
    </message>
    <message>
        <source>States of the region</source>
        <translation>Sebitiň döwletleri</translation>
    </message>
    <message>
        <source>Territories of the region</source>
        <translation>Sebitiň territoriýalary</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>button</source>
        <translation>düwme</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>açar</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>sözbaşy</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>surat</translation>
    </message>
    <message>
        <source>link</source>
        <translation>salgylanma</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>sanawyň bölegi</translation>
    </message>
    <message>
        <source>group</source>
        <translation>topar</translation>
    </message>
    <message>
        <source>on</source>
        <translation>açyk</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ýapyk</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>saýlandy</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{count} sanydan {index}</translation>
    </message>
    <message>
        <source>at</source>
        <translation>itjagaz</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>nokat</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Başlangyç ekran</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Baş sahypa</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Aragatnaşyk</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Dünýä kartasy</translation>
    </message>
    <message>
        <source>Temporarily unavailable</source>
        <translation>Wagtlaýyn elýeterli däl</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ýapyk</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mowzuk</translation>
    </message>
    <message>
        <source>Speech is on: Tab and the arrows move, Enter chooses, Space pauses, plus and minus change the volume.</source>
        <translation>Sesli okamak açyk: Tab we peýkamlar geçirýär, Enter saýlaýar, boşluk düwmesi saklaýar, plýus we minus sesi üýtgedýär.</translation>
    </message>
    <message>
        <source>Reading: Down for the next paragraph, Up for the previous one.</source>
        <translation>Okamak: aşak peýkam indiki abzas, ýokary peýkam öňki abzas.</translation>
    </message>
    <message>
        <source>Volume {volume}</source>
        <translation>Ses {volume}</translation>
    </message>
</context>
<context>
    <name>StaffPackLines</name>
    <message>
        <source>No content pack installed: the kiosk shows its own content.</source>
        <translation>Mazmun bukjasy gurnalmady: kiosk öz mazmunyny görkezýär.</translation>
    </message>
    <message>
        <source>Content pack %1: its record is damaged (%2); install the pack again to repair it.</source>
        <translation>Mazmun bukjasy %1: onuň ýazgysy zaýalanypdyr (%2); dikeltmek üçin bukjany täzeden guruň.</translation>
    </message>
    <message>
        <source>Content pack %1 was CHANGED SINCE INSTALL (%2): not what was signed; install the pack again to repair it.</source>
        <translation>Mazmun bukjasy %1 GURNALANDAN SOŇ ÜÝTGEDILIPDIR (%2): bu gol çekilen mazmun däl; dikeltmek üçin bukjany täzeden guruň.</translation>
    </message>
    <message>
        <source>Content pack %1, signed by %2 (key %3).</source>
        <translation>Mazmun bukjasy %1, gol çeken: %2 (açar %3).</translation>
    </message>
    <message>
        <source>Last pack refused (%1, %2): %3</source>
        <translation>Soňky ret edilen bukja (%1, %2): %3</translation>
    </message>
</context>
<context>
    <name>StaffPanelView</name>
    <message>
        <source>New content is valid; it is shown after the next reset.</source>
        <translation>Täze mazmun dogry; ol indiki gaýtadan başlamakdan soň görkeziler.</translation>
    </message>
    <message>
        <source>New content has errors; the current content stays.</source>
        <translation>Täze mazmunda ýalňyşlar bar; häzirki mazmun galýar.</translation>
    </message>
    <message>
        <source>Checking the content…</source>
        <translation>Mazmun barlanýar…</translation>
    </message>
    <message>
        <source>The content on screen is current.</source>
        <translation>Ekrandaky mazmun iň soňky görnüşi.</translation>
    </message>
    <message>
        <source>draft, awaiting review</source>
        <translation>garalama, barlanmagyna garaşýar</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>barlanan</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>asyl tekst</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>näbelli</translation>
    </message>
    <message>
        <source>The content folder %1 is missing (a USB stick or share not mounted?). The content on screen stays; the folder is read again when it is back.</source>
        <translation>%1 mazmun bukjasy ýok (USB göterijisi ýa-da tor bukjasy birikdirilmedimi?). Ekrandaky mazmun galýar; bukja gaýdyp peýda bolanda ol täzeden okalar.</translation>
    </message>
    <message>
        <source>The content folder %1 is not answering (a network share that hangs?). The content on screen stays; the folder is read again when it answers.</source>
        <translation>%1 mazmun bukjasy jogap bermeýär (tor bukjasy doňup galdymy?). Ekrandaky mazmun galýar; bukja jogap berende ol täzeden okalar.</translation>
    </message>
    <message>
        <source>Settings cannot be saved to %1 (%2). Changes last until the kiosk restarts.</source>
        <translation>Sazlamalary %1 faýlyna ýazdyryp bolmaýar (%2). Üýtgeşmeler kiosk täzeden açylýança güýjünde galýar.</translation>
    </message>
    <message>
        <source>Speech (Listen) is unavailable: %1.</source>
        <translation>Sesli okamak («Diňle») elýeterli däl: %1.</translation>
    </message>
    <message>
        <source>The usage counts file was damaged. It was kept as %1 and a new one was started; the counts in it are not shown here.</source>
        <translation>Ulanylyş hasabynyň faýly zaýalanypdyr. Ol %1 hökmünde saklandy we täze faýl başlandy; zaýalanan faýldaky hasaplar bu ýerde görkezilmeýär.</translation>
    </message>
    <message>
        <source>Usage counts cannot be saved to %1 now (%2). They are kept and saved when it works again.</source>
        <translation>Ulanylyş hasaplaryny häzir %1 faýlyna ýazdyryp bolmaýar (%2). Olar ýatda saklanýar we mümkin bolanda ýazdyrylar.</translation>
    </message>
    <message>
        <source>locked by another program</source>
        <translation>başga bir programma tarapyndan gulplanan</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk doly</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>faýl zaýalanan</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>bukja ýazyp bolmaýar</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>ekran</translation>
    </message>
    <message>
        <source>section</source>
        <translation>bölüm</translation>
    </message>
    <message>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <source>display</source>
        <translation>görkeziş</translation>
    </message>
    <message>
        <source>region</source>
        <translation>sebit</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Işgärler paneli</translation>
    </message>
    <message>
        <source>Language after each reset</source>
        <translation>Her gezek gaýtadan başlanandan soňky dil</translation>
    </message>
    <message>
        <source>Return to the start after</source>
        <translation>Başlangyja gaýtmak</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Gysgalt</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) without a touch</source>
        <translation>
            <numerusform>%n sekunt degilmese</numerusform>
            <numerusform>%n sekunt degilmese</numerusform>
        </translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Uzalt</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Iş wagty</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Terjimeler</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Mazmuny täzeden ýükle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Kioskdan çyk</translation>
    </message>
    <message>
        <source>Problems of this machine</source>
        <translation>Bu enjamyň näsazlyklary</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Mazmun</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Kemçilik tapylmady.</translation>
    </message>
    <message>
        <source>Usage (anonymous counts: today / in all)</source>
        <translation>Ulanylyşy (anonim: şu gün / jemi)</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <source>World map of the partner regions</source>
        <translation>Hyzmatdaş sebitleriň dünýä kartasy</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ulalt</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Kiçelt</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Bütin dünýä</translation>
    </message>
</context>
</TS>
