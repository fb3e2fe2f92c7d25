<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Accessibility</name>
    <message>
        <source>Type day, month and year; Alt+Down opens a calendar.</source>
        <translation>Күнді, айды және жылды теріңіз; Alt+Төмен күнтізбені ашады.</translation>
    </message>
    <message>
        <source>Arrow keys choose; Alt+Down opens the list.</source>
        <translation>Көрсеткілер таңдайды; Alt+Төмен тізімді ашады.</translation>
    </message>
    <message>
        <source>Type a number, or change it with the arrow keys.</source>
        <translation>Санды теріңіз немесе көрсеткілермен өзгертіңіз.</translation>
    </message>
    <message>
        <source>Arrow keys choose one of the options.</source>
        <translation>Көрсеткілер нұсқалардың бірін таңдайды.</translation>
    </message>
    <message>
        <source>Space ticks or unticks it.</source>
        <translation>Бос орын (Space) белгілейді не белгіні алады.</translation>
    </message>
    <message>
        <source>Space or Enter presses it.</source>
        <translation>Бос орын (Space) немесе Enter басады.</translation>
    </message>
    <message>
        <source>Arrow keys move through the rows; Tab leaves the list.</source>
        <translation>Көрсеткілер жолдар бойынша жылжытады; Tab тізімнен шығарады.</translation>
    </message>
    <message>
        <source>Type the text; Tab goes on.</source>
        <translation>Мәтінді теріңіз; Tab келесіге өтеді.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Жаңа жазба</translation>
    </message>
    <message>
        <source>Enter a new activity (Ctrl+N)</source>
        <translation>Жаңа іс-шараны енгізу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Таңдалған жазбаны ашу (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <source>Delete the selected records (Del); can be undone</source>
        <translation>Таңдалған жазбаларды жою (Del); болдырмауға болады</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>Restore the selected deleted records</source>
        <translation>Таңдалған жойылған жазбаларды қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>Earlier versions of the selected record (Ctrl+H)</source>
        <translation>Таңдалған жазбаның бұрынғы нұсқалары (Ctrl+H)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Көрсетілетін бағандарды таңдау</translation>
    </message>
    <message numerus="yes">
        <source>Undo deleting %n record(s)</source>
        <translation>
            <numerusform>%n жазбаны жоюды болдырмау</numerusform>
            <numerusform>%n жазбаны жоюды болдырмау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo restoring %n record(s)</source>
        <translation>
            <numerusform>%n жазбаны қалпына келтіруді болдырмау</numerusform>
            <numerusform>%n жазбаны қалпына келтіруді болдырмау</numerusform>
        </translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>Жазба сақталды.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Өзгерістер сақталды.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n жазба жойылды. Ctrl+Z арқылы болдырмауға болады.</numerusform>
            <numerusform>%n жазба жойылды. Ctrl+Z арқылы болдырмауға болады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n жазба қалпына келтірілді.</numerusform>
            <numerusform>%n жазба қалпына келтірілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier version restored.</source>
        <translation>Бұрынғы нұсқа қайтарылды.</translation>
    </message>
    <message>
        <source>&amp;Copy record</source>
        <translation>Жазбаны &amp;көшіру</translation>
    </message>
    <message>
        <source>A new record with everything the selected one has (Ctrl+D)</source>
        <translation>Таңдалған жазбаның бәрі бар жаңа жазба (Ctrl+D)</translation>
    </message>
    <message>
        <source>Activity records</source>
        <translation>Іс-шара жазбалары</translation>
    </message>
    <message>
        <source>Enter opens the selected record, Ctrl+D copies it, Del deletes it; Tab leaves the table.</source>
        <translation>Enter таңдалған жазбаны ашады, Ctrl+D оны көшіреді, Del жояды; Tab кестеден шығарады.</translation>
    </message>
</context>
<context>
    <name>ActivityFields</name>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Іс-шара</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Басталған күні</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Өңір</translation>
    </message>
    <message>
        <source>Settlement / s&amp;ite</source>
        <translation>Елді мекен / &amp;нысан</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Серіктестер</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>District or city district</source>
        <translation>Аудан немесе қала ауданы</translation>
    </message>
    <message>
        <source>Town, village, school, branch…</source>
        <translation>Қала, ауыл, мектеп, бөлімше…</translation>
    </message>
    <message>
        <source>Partner organisations, separated by commas</source>
        <translation>Серіктес ұйымдар, үтір арқылы</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* міндетті</translation>
    </message>
    <message>
        <source>Tick for an activity that lasted several days.</source>
        <translation>Бірнеше күнге созылған іс-шара үшін белгілеңіз.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Міндетті.</translation>
    </message>
    <message>
        <source>A whole number, 0 or more; leave it empty if not counted.</source>
        <translation>0 немесе одан көп бүтін сан; саналмаса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>The kind of outreach work; the counts on the right follow it.</source>
        <translation>Жұмыс түрі; оң жақтағы сандар соған сәйкес өзгереді.</translation>
    </message>
    <message>
        <source>Type day, month and year; Alt+Down opens a calendar.</source>
        <translation>Күнді, айды және жылды теріңіз; Alt+Төмен күнтізбені ашады.</translation>
    </message>
    <message>
        <source>The last day of an activity that lasted several days; Alt+Down opens a calendar.</source>
        <translation>Бірнеше күнге созылған іс-шараның соңғы күні; Alt+Төмен күнтізбені ашады.</translation>
    </message>
    <message>
        <source>Where the activity took place.</source>
        <translation>Іс-шара өткен жер.</translation>
    </message>
    <message>
        <source>The kind of place.</source>
        <translation>Орын түрі.</translation>
    </message>
    <message>
        <source>The language of the leaflets, posters or videos.</source>
        <translation>Парақшалардың, плакаттардың немесе бейнелердің тілі.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted group; arrows move.</source>
        <translation>Бос орын (Space) белгіленген топты белгілейді не алып тастайды; көрсеткілер жылжытады.</translation>
    </message>
    <message>
        <source>Free text; Tab goes on to the buttons.</source>
        <translation>Еркін мәтін; Tab батырмаларға өтеді.</translation>
    </message>
    <message>
        <source>Who entered this record.</source>
        <translation>Бұл жазбаны кім енгізді.</translation>
    </message>
    <message>
        <source>Type digits only: a whole number without spaces or separators.</source>
        <translation>Тек цифрлар теріңіз: бос орынсыз және бөлгішсіз бүтін сан.</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Қалпына қайтару</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <source>kept (edited)</source>
        <translation>сақталған (өзгертілген)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>The same field was changed in two places without either seeing the other. Every installation keeps the same value for now; choose what stays. Your choice travels in the next export and settles the conflict everywhere.</source>
        <translation>Бір өріс екі жерде бір-бірін көрмей өзгертілді. Әзірге барлық жерде бір мән сақталған; қайсысы қалатынын таңдаңыз. Таңдауыңыз келесі экспортпен жіберіліп, қайшылықты барлық жерде шешеді.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Сақталған мән</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Басқа мән</translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation>Сақталғанын қалдыру</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Басқасын алу</translation>
    </message>
    <message>
        <source>Type a value…</source>
        <translation>Мән енгізу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Type a value</source>
        <translation>Мән енгізіңіз</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>Бұл мәнді сақтау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Кеңсе</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Барлық кеңселер</translation>
    </message>
    <message>
        <source>&amp;Charts show</source>
        <translation>Диа&amp;граммаларда</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Кеңселер</translation>
    </message>
    <message>
        <source>No records in this period.</source>
        <translation>Бұл кезеңде жазбалар жоқ.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Жаңартылуда…</translation>
    </message>
    <message>
        <source>Updating the dashboard</source>
        <translation>Жиынтықты жаңарту</translation>
    </message>
    <message>
        <source>The totals could not be computed: %1</source>
        <translation>Қорытындыларды есептеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>By month: %1</source>
        <translation>Айлар бойынша: %1</translation>
    </message>
    <message>
        <source>By region: %1</source>
        <translation>Өңірлер бойынша: %1</translation>
    </message>
    <message>
        <source>By activity kind: %1</source>
        <translation>Іс-шара түрлері бойынша: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not reported for more than %n day(s):</source>
        <translation>
            <numerusform>%n күннен астам деректер жібермегендер:</numerusform>
            <numerusform>%n күннен астам деректер жібермегендер:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every office has reported in the last %n day(s).</source>
        <translation>
            <numerusform>Барлық кеңселер соңғы %n күнде деректерін жіберді.</numerusform>
            <numerusform>Барлық кеңселер соңғы %n күнде деректерін жіберді.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>Б&amp;өліп көрсету</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Іс-шара түрі</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Мақсатты топ</translation>
    </message>
    <message>
        <source>Materials language</source>
        <translation>Материалдар тілі</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>Орын түрі</translation>
    </message>
    <message>
        <source>Region and activity kind</source>
        <translation>Өңір және іс-шара түрі</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>%1 бойынша: %2</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>Map: %1 by region</source>
        <translation>Карта: өңірлер бойынша %1</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>жазба жоқ</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>No record matches the filter. &quot;Clear filters&quot; shows every record.</source>
        <translation>Сүзгіге сай жазба жоқ. «Сүзгілерді тазарту» барлық жазбаны көрсетеді.</translation>
    </message>
    <message>
        <source>No records yet. Enter the first activity with Ctrl+N, or import a workbook from another office or a filled-in template (Exchange page, Ctrl+3).</source>
        <translation>Әзірге жазба жоқ. Алғашқы іс-шараны Ctrl+N арқылы енгізіңіз немесе басқа кеңсенің кітабын не толтырылған үлгіні импорттаңыз (Алмасу беті, Ctrl+3).</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Жаңа жазба (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import a workbook…</source>
        <translation>Кітапты импорттау…</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>An entry that was not saved (%1) has been recovered.</source>
        <translation>Сақталмай қалған жазба (%1) қалпына келтірілді.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Іс-шараны өңдеу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Сақтап, жабу (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Сақтап, жаңасын ашу</translation>
    </message>
    <message>
        <source>Save and start the next record (Ctrl+Enter)</source>
        <translation>Сақтап, келесі жазбаны бастау (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Бәрібір сақтау</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>A similar record already exists: same activity, date, region and site (%n record(s)). Is this a different activity?</source>
        <translation>
            <numerusform>Ұқсас жазба бар: іс-шара, күні, өңірі мен нысаны бірдей (%n жазба). Бұл басқа іс-шара ма?</numerusform>
            <numerusform>Ұқсас жазба бар: іс-шара, күні, өңірі мен нысаны бірдей (%n жазба). Бұл басқа іс-шара ма?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. You can enter the next record.</source>
        <translation>Сақталды. Келесі жазбаны енгізуге болады.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (for example by an import) after you opened it. Close this window and open the record again; what you typed is kept as a draft.</source>
        <translation>Бұл жазба сіз ашқаннан кейін басқа жерде өзгертілді (мысалы, импорт кезінде). Терезені жауып, жазбаны қайта ашыңыз; енгізгеніңіз жоба ретінде сақталды.</translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation>Жазбаны сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>Бұл жазбадан бас тартасыз ба?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close the form without saving it?</source>
        <translation>Енгізгеніңіз сақталған жоқ. Пішінді сақтамай жабасыз ба?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <source>Activity (read only: this login may only read)</source>
        <translation>Іс-шара (тек оқу: бұл логин тек оқи алады)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>This record belongs to office %1: only %1 or a coordinator can change it.</source>
        <translation>Бұл жазба %1 кеңсесіне тиесілі: оны тек %1 немесе үйлестіруші өзгерте алады.</translation>
    </message>
    <message>
        <source>Activity of office %1 (read only)</source>
        <translation>%1 кеңсесінің іс-шарасы (тек оқу)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong, and fieldapp stopped what it was doing.</source>
        <translation>Қате орын алды, fieldapp орындап жатқан әрекетін тоқтатты.</translation>
    </message>
    <message>
        <source>Records you had already saved are safe: every save is written to disk at once.</source>
        <translation>Сақталған жазбаларыңыз аман: әр сақтау бірден дискіге жазылады.</translation>
    </message>
    <message>
        <source>While: %1</source>
        <translation>Әрекет: %1</translation>
    </message>
    <message>
        <source>Details were written to the log: %1</source>
        <translation>Толығырақ журналға жазылды: %1</translation>
    </message>
    <message>
        <source>fieldapp — error</source>
        <translation>fieldapp — қате</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <source>Another fieldapp is writing to this data (for example an import). Wait a moment and try again.</source>
        <translation>Бұл деректерге басқа fieldapp жазып жатыр (мысалы, импорт). Сәл күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full: cannot write to %1. Free some space and try again.</source>
        <translation>Диск толы: %1 ішіне жазу мүмкін емес. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Cannot write to %1. Check that the folder is writable, then try again.</source>
        <translation>%1 ішіне жазу мүмкін емес. Қалтаға жазуға рұқсат бар екенін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The data file is damaged; nothing more is written to it. Close fieldapp and start it again to restore the newest good backup.</source>
        <translation>Деректер файлы бүлінген; оған енді ештеңе жазылмайды. fieldapp-ты жауып, ең соңғы дұрыс сақтық көшірмені қалпына келтіру үшін қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Another fieldapp is writing to this data; try again in a moment.</source>
        <translation>Бұл деректерге басқа fieldapp жазып жатыр; сәлден кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>saving the record</source>
        <translation>жазбаны сақтау</translation>
    </message>
    <message>
        <source>deleting records</source>
        <translation>жазбаларды жою</translation>
    </message>
    <message>
        <source>restoring records</source>
        <translation>жазбаларды қалпына келтіру</translation>
    </message>
    <message>
        <source>restoring an earlier version</source>
        <translation>бұрынғы нұсқаны қайтару</translation>
    </message>
    <message>
        <source>counting the records</source>
        <translation>жазбаларды санау</translation>
    </message>
    <message>
        <source>adding demo records</source>
        <translation>демо жазбаларды қосу</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>іздеу</translation>
    </message>
    <message>
        <source>This login may only read the shared database (a viewer&apos;s); nothing was changed. Ask the administrator for a coordinator&apos;s login to make changes.</source>
        <translation>Бұл тіркелгі ортақ дерекқорды тек оқи алады (бақылаушы құқығы); ештеңе өзгертілмеді. Өзгерістер енгізу үшін әкімшіден үйлестірушінің тіркелгісін сұраңыз.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached (%1); nothing was changed. Check the network, then try again.</source>
        <translation>Ортақ дерекқорға қосылу мүмкін емес (%1); ештеңе өзгертілмеді. Желіні тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The shared database %1 is empty: fieldapp is not set up there yet. Its owner runs fieldapp hub init first; nothing was changed.</source>
        <translation>Ортақ дерекқор %1 бос: fieldapp онда әлі орнатылмаған. Алдымен дерекқор иесі fieldapp hub init командасын орындайды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The shared database&apos;s server refused (%1): only the database&apos;s owner may set up or upgrade fieldapp there, with fieldapp hub init; nothing was changed.</source>
        <translation>Ортақ дерекқор сервері бас тартты (%1): fieldapp-ты онда тек дерекқор иесі fieldapp hub init командасымен орната немесе жаңарта алады; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The shared database %1 needs an upgrade by its owner: it lacks migration %3 of this fieldapp. Ask them to run fieldapp hub init as %2, then start fieldapp again; nothing was changed.</source>
        <translation>Ортақ дерекқор %1 иесінің жаңартуын қажет етеді: онда fieldapp-тың осы нұсқасының %3-көшіруі жоқ. Одан %2 ретінде fieldapp hub init командасын іске қосуын сұраңыз, содан кейін fieldapp-ты қайта іске қосыңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The login %1 has no access to fieldapp&apos;s tables in the shared database: it needs the role fieldapp_coordinator (read and write) or fieldapp_viewer (read only). Ask %2 to grant one with fieldapp hub init; nothing was changed.</source>
        <translation>%1 логинінің ортақ дерекқордағы fieldapp кестелеріне қолжетімділігі жоқ: оған fieldapp_coordinator (оқу және жазу) немесе fieldapp_viewer (тек оқу) рөлі керек. %2 иесінен fieldapp hub init командасымен солардың бірін беруін сұраңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This record belongs to office %1: only %1 or a coordinator can change it. Nothing was changed.</source>
        <translation>Бұл жазба %1 кеңсесіне тиесілі: оны тек %1 немесе үйлестіруші өзгерте алады. Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <source>Workbooks in &amp;language</source>
        <translation>Кітаптар &amp;тілі</translation>
    </message>
    <message>
        <source>(%1).</source>
        <translation>(%1).</translation>
    </message>
    <message>
        <source>(nothing exported yet).</source>
        <translation>(әлі экспортталған жоқ).</translation>
    </message>
    <message>
        <source>Last import: %1 (%2).</source>
        <translation>Соңғы импорт: %1 (%2).</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Болдырмайтын импорт жоқ.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Import workbooks</source>
        <translation>Кітаптарды импорттау</translation>
    </message>
    <message>
        <source>Export a workbook</source>
        <translation>Кітапты экспорттау</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 файлына экспорттау…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n жазба %1 файлына экспортталды.</numerusform>
            <numerusform>%n жазба %1 файлына экспортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n workbook(s)…</source>
        <translation>
            <numerusform>%n кітап оқылуда…</numerusform>
            <numerusform>%n кітап оқылуда…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n workbook(s)…</source>
        <translation>
            <numerusform>%n кітап импортталуда…</numerusform>
            <numerusform>%n кітап импортталуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected row(s), %5 conflict(s).</source>
        <translation>Импортталды: жаңа %1, жаңартылған %2, өзгеріссіз %3, қабылданбаған жол %4, қайшылық %5.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Соңғы импортты болдырмау</translation>
    </message>
    <message>
        <source>The records the last import added are removed and those it changed get their earlier versions back. Undo it?</source>
        <translation>Соңғы импорт қосқан жазбалар жойылады, ал ол өзгерткен жазбалар бұрынғы нұсқаларына қайтарылады. Болдырмау керек пе?</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>Соңғы импорт болдырылмауда…</translation>
    </message>
    <message>
        <source>The last import was undone.</source>
        <translation>Соңғы импорт кері қайтарылды.</translation>
    </message>
    <message>
        <source>fieldapp-report</source>
        <translation>fieldapp-есеп</translation>
    </message>
    <message>
        <source>Write a report</source>
        <translation>Есеп жасау</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Есеп %1 файлына жазылды.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <source>Save a bulk-entry template</source>
        <translation>Жаппай енгізу үлгісін сақтау</translation>
    </message>
    <message>
        <source>fieldapp-template</source>
        <translation>fieldapp-үлгі</translation>
    </message>
    <message>
        <source>The template was written to %1.</source>
        <translation>Үлгі %1 файлына жазылды.</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Үлгі жазылуда…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The last import cannot be undone: records were changed after it.</source>
        <translation>Соңғы импортты болдырмау мүмкін емес: одан кейін жазбалар өзгертілген.</translation>
    </message>
    <message>
        <source>The file could not be written or read: %1</source>
        <translation>Файлды жазу не оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Something went wrong; the details were written to the log.</source>
        <translation>Бірдеңе дұрыс болмады; толығырақ журналға жазылды.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on this computer since the last export</source>
        <translation>
            <numerusform>Соңғы экспорттан бері осы компьютерде %Ln жазба өзгертілді</numerusform>
            <numerusform>Соңғы экспорттан бері осы компьютерде %Ln жазба өзгертілді</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Импортты болдырмау</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>fieldapp-summary</source>
        <translation>fieldapp-жиынтық</translation>
    </message>
    <message>
        <source>Write a printable summary</source>
        <translation>Басып шығаруға арналған жиынтық жазу</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be written: %1</source>
        <translation>Жиынтық жазылмады: %1</translation>
    </message>
    <message>
        <source>The summary was written to %1.</source>
        <translation>Жиынтық %1 файлына жазылды.</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Жиынтық жазылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln шешілмеген қайшылық</numerusform>
            <numerusform>%Ln шешілмеген қайшылық</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Қайшылық жоқ</translation>
    </message>
</context>
<context>
    <name>ExchangeProblems</name>
    <message>
        <source>The cell holds a formula; type the value itself.</source>
        <translation>Ұяшықта формула бар; мәннің өзін енгізіңіз.</translation>
    </message>
    <message>
        <source>The cell is longer than Excel allows.</source>
        <translation>Ұяшық Excel рұқсат еткеннен ұзын.</translation>
    </message>
    <message>
        <source>The same record ID appears on another row of the file.</source>
        <translation>Дәл осы жазба идентификаторы файлдың басқа жолында да бар.</translation>
    </message>
    <message>
        <source>The record has an ID but no time of last change.</source>
        <translation>Жазбаның идентификаторы бар, бірақ соңғы өзгеріс уақыты жоқ.</translation>
    </message>
    <message>
        <source>The time of last change is before the creation time.</source>
        <translation>Соңғы өзгеріс уақыты құрылған уақыттан бұрын.</translation>
    </message>
    <message>
        <source>The record ID is not valid.</source>
        <translation>Жазба идентификаторы жарамсыз.</translation>
    </message>
    <message>
        <source>The time of last change is not valid.</source>
        <translation>Соңғы өзгеріс уақыты жарамсыз.</translation>
    </message>
    <message>
        <source>The deleted flag is not yes or no.</source>
        <translation>Жою белгісі «иә» не «жоқ» емес.</translation>
    </message>
    <message>
        <source>Not accepted (%1).</source>
        <translation>Қабылданбады (%1).</translation>
    </message>
    <message>
        <source>The rows were changed after the file was exported (the checksum differs).</source>
        <translation>Файл экспортталғаннан кейін жолдар өзгертілген (бақылау сомасы сәйкес емес).</translation>
    </message>
    <message>
        <source>The number of rows differs from the number exported.</source>
        <translation>Жолдар саны экспортталған саннан өзгеше.</translation>
    </message>
    <message>
        <source>No Metadata sheet: a template or a hand-made file.</source>
        <translation>Metadata парағы жоқ: үлгі немесе қолмен жасалған файл.</translation>
    </message>
    <message>
        <source>An old region name was mapped to the current region: %1</source>
        <translation>Өңірдің ескі атауы қазіргі өңірге сәйкестендірілді: %1</translation>
    </message>
    <message>
        <source>A record was edited outside fieldapp: %1</source>
        <translation>Жазба fieldapp-тан тыс өзгертілген: %1</translation>
    </message>
    <message>
        <source>A column appears twice; the first one is used: %1</source>
        <translation>Баған екі рет кездеседі; біріншісі қолданылады: %1</translation>
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation>Ескерту (%1): %2</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Файл табылмады.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation>Бұл Excel кітабы (.xlsx) емес.</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save it without one.</source>
        <translation>Кітап құпиясөзбен қорғалған; оны құпиясөзсіз сақтаңыз.</translation>
    </message>
    <message>
        <source>The file unpacks to an implausible size; it was refused for safety.</source>
        <translation>Файл ашылғанда тым үлкен көлемге жетеді; қауіпсіздік үшін қабылданбады.</translation>
    </message>
    <message>
        <source>The workbook is damaged or holds unsafe content.</source>
        <translation>Кітап бүлінген немесе қауіпті мазмұны бар.</translation>
    </message>
    <message>
        <source>The workbook has no Activities sheet.</source>
        <translation>Кітапта Activities парағы жоқ.</translation>
    </message>
    <message>
        <source>Required columns are missing from the Activities sheet.</source>
        <translation>Activities парағында міндетті бағандар жоқ.</translation>
    </message>
    <message>
        <source>This workbook was not made by fieldapp or from its template.</source>
        <translation>Бұл кітап fieldapp арқылы немесе оның үлгісімен жасалмаған.</translation>
    </message>
    <message>
        <source>The workbook was made by a newer fieldapp; update this one.</source>
        <translation>Кітап fieldapp-тың жаңа нұсқасымен жасалған; бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>The workbook cannot be imported (%1).</source>
        <translation>Кітапты импорттау мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>The sheet has far more rows than values; delete the empty rows and save it again.</source>
        <translation>Парақта мәндерден әлдеқайда көп жол бар; бос жолдарды жойып, файлды қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>A cell holds a value that cannot be read (for example a date past the year 9999).</source>
        <translation>Ұяшықтағы мәнді оқу мүмкін емес (мысалы, 9999 жылдан кейінгі күн).</translation>
    </message>
    <message>
        <source>%1 is fieldapp&apos;s own database; choose another file name.</source>
        <translation>%1 — fieldapp-тың өз дерекқоры; басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is in fieldapp&apos;s backup folder; choose another folder.</source>
        <translation>%1 fieldapp-тың сақтық көшірмелер қалтасында; басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx.</source>
        <translation>%1: файл атауы .xlsx-пен аяқталуы керек.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 — қалта; файл атауын беріңіз.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>%1 exists and is not an Excel workbook; it was not overwritten.</source>
        <translation>%1 бар және ол Excel кітабы емес; ол қайта жазылмады.</translation>
    </message>
    <message>
        <source>The file name %1 is too long.</source>
        <translation>%1 файл атауы тым ұзын.</translation>
    </message>
    <message>
        <source>%1 is a name Windows keeps for a device; choose another.</source>
        <translation>%1 — Windows құрылғыға арнаған атау; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot write to %1 (no permission, or a read-only disk).</source>
        <translation>%1 ішіне жазу мүмкін емес (рұқсат жоқ немесе диск тек оқуға арналған).</translation>
    </message>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation>Диск толы; %1 жазылмады.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 — қалта емес, файл.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>This workbook comes from a training copy (made-up records); real data does not take it.</source>
        <translation>Бұл кітап оқу көшірмесінен алынған (ойдан шығарылған жазбалар); нақты деректерге қабылданбайды.</translation>
    </message>
    <message>
        <source>The region name fits more than one region; write its code or full name.</source>
        <translation>Өңір атауы бірнеше өңірге сәйкес келеді; оның кодын немесе толық атауын жазыңыз.</translation>
    </message>
    <message>
        <source>%1: a code of newer reference data, kept as it is; import the reference workbook to name it.</source>
        <translation>%1: анықтамалық деректердің жаңа нұсқасындағы код, өзгеріссіз сақталды; оның атауын көру үшін анықтамалық кітапты импорттаңыз.</translation>
    </message>
    <message>
        <source>The file was made with newer reference data (version %1); import the coordinator&apos;s reference workbook to see the names of new kinds.</source>
        <translation>Файл анықтамалық деректердің жаңа нұсқасымен (%1) жасалған; жаңа түрлердің атауларын көру үшін үйлестірушінің анықтамалық кітабын импорттаңыз.</translation>
    </message>
    <message>
        <source>This is the coordinator&apos;s reference workbook: import it in Settings → Reference data.</source>
        <translation>Бұл үйлестірушінің анықтамалық кітабы: оны Баптаулар → Анықтамалық деректер бөлімінде импорттаңыз.</translation>
    </message>
    <message>
        <source>%1: not a measure of this kind here (other reference data); kept as it is.</source>
        <translation>%1: мұнда бұл түрдің көрсеткіші емес (басқа анықтамалық деректер); өзгеріссіз сақталды.</translation>
    </message>
    <message>
        <source>The cell holds an error value (such as #N/A); type the value itself.</source>
        <translation>Ұяшықта қате мәні бар (мысалы, #N/A); мәннің өзін енгізіңіз.</translation>
    </message>
    <message>
        <source>The number can be read two ways (1,000 is a thousand or one); type it without separators.</source>
        <translation>Санды екі түрлі оқуға болады (1,000 — мың немесе бір); оны бөлгішсіз енгізіңіз.</translation>
    </message>
    <message>
        <source>The date can be read two ways (day and month); type it as YYYY-MM-DD.</source>
        <translation>Күнді екі түрлі оқуға болады (күн мен ай); оны ЖЖЖЖ-АА-КК түрінде енгізіңіз.</translation>
    </message>
    <message>
        <source>The time of last change is more than a day ahead of this computer&apos;s clock.</source>
        <translation>Соңғы өзгерту уақыты осы компьютердің сағатынан бір тәуліктен артық алда.</translation>
    </message>
    <message>
        <source>A new row is marked as deleted; remove the row or the mark.</source>
        <translation>Жаңа жол жойылған деп белгіленген; жолды немесе белгіні алып тастаңыз.</translation>
    </message>
    <message>
        <source>This row&apos;s ID already belongs to another activity (see the value); each partner needs their own template.</source>
        <translation>Бұл жолдың ID-і басқа іс-шараға тиесілі (мәнін қараңыз); әр серіктеске өз үлгісі керек.</translation>
    </message>
    <message>
        <source>Unknown kind (%1): the record is kept as it is; import the coordinator&apos;s reference workbook (Settings → Reference data) to see its name.</source>
        <translation>Белгісіз түр (%1): жазба өзгеріссіз сақталды; атауын көру үшін үйлестірушінің анықтамалық кітабын импорттаңыз (Баптаулар → Анықтамалық деректер).</translation>
    </message>
    <message>
        <source>The version is not a whole number of 1 or more.</source>
        <translation>Нұсқа 1-ден бастап бүтін сан емес.</translation>
    </message>
    <message>
        <source>The office code may hold only capital letters, digits, &apos;-&apos; and &apos;_&apos; (up to 32).</source>
        <translation>Кеңсе коды тек бас әріптерден, цифрлардан, «-» және «_» таңбаларынан тұра алады (32-ге дейін).</translation>
    </message>
    <message>
        <source>The edit stamps of the record are damaged.</source>
        <translation>Жазбаның түзету белгілері бүлінген.</translation>
    </message>
    <message>
        <source>The record belongs to another office; this file may not change it.</source>
        <translation>Жазба басқа кеңсеге тиесілі; бұл файл оны өзгерте алмайды.</translation>
    </message>
    <message>
        <source>%1 is in fieldapp&apos;s data folder; choose another folder.</source>
        <translation>%1 fieldapp-тың деректер қалтасында; басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; wait until it is saved or copied, then import it again.</source>
        <translation>Файл импорт кезінде өзгерді; ол сақталып немесе көшіріліп біткенше күтіп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>An activity kind&apos;s old name was read as the kind it names now: %1</source>
        <translation>Іс-шара түрінің ескі атауы осы түр ретінде оқылды: %1</translation>
    </message>
    <message>
        <source>This workbook was exported for office %1; this installation is office %2. Ask the coordinator for your office&apos;s file.</source>
        <translation>Бұл кітап %1 кеңсесі үшін экспортталған, ал бұл орнату — %2 кеңсесі. Үйлестірушіден өз кеңсеңізге арналған файлды сұраңыз.</translation>
    </message>
</context>
<context>
    <name>ExportBox</name>
    <message>
        <source>Send data: export a workbook</source>
        <translation>Деректерді жіберу: кітапты экспорттау</translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation>&amp;Барлық жазбалар</translation>
    </message>
    <message>
        <source>&amp;Changes since the last export</source>
        <translation>Соңғы экспорттан кейінгі ө&amp;згерістер</translation>
    </message>
    <message>
        <source>Records of a &amp;period</source>
        <translation>&amp;Кезеңдегі жазбалар</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>барлық жазбалар</translation>
    </message>
    <message>
        <source>since the last export</source>
        <translation>соңғы экспорттан бері</translation>
    </message>
    <message>
        <source>a period</source>
        <translation>кезең</translation>
    </message>
</context>
<context>
    <name>FileCountsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All activities</source>
        <translation>Барлық іс-шаралар</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Барлық кеңселер</translation>
    </message>
    <message>
        <source>Active records</source>
        <translation>Белсенді жазбалар</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Жойылған жазбалар</translation>
    </message>
    <message>
        <source>Active and deleted</source>
        <translation>Белсенді және жойылған</translation>
    </message>
    <message>
        <source>Search place, partner, notes… (Ctrl+F)</source>
        <translation>Орын, серіктес, ескертпе бойынша іздеу… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Іс-шара түрі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>Қандай жазбалар</translation>
    </message>
    <message>
        <source>Active records, deleted ones, or both.</source>
        <translation>Белсенді жазбалар, жойылғандар немесе екеуі де.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Record history</source>
        <translation>Жазба тарихы</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) of this record are kept.</source>
        <translation>
            <numerusform>Бұл жазбаның %n бұрынғы нұсқасы сақталған.</numerusform>
            <numerusform>Бұл жазбаның %n бұрынғы нұсқасы сақталған.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Return to this version</source>
        <translation>Осы нұсқаға &amp;қайту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталған уақыты</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Неге ауыстырылды</translation>
    </message>
    <message>
        <source>Changed later</source>
        <translation>Кейін өзгергені</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>ағымдағы нұсқа</translation>
    </message>
    <message>
        <source>an edit</source>
        <translation>өңдеу</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>жою</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>қалпына келтіру</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>a return to an earlier version</source>
        <translation>бұрынғы нұсқаға қайту</translation>
    </message>
    <message>
        <source>undoing an import</source>
        <translation>импортты болдырмау</translation>
    </message>
    <message>
        <source>a later row of the same import</source>
        <translation>сол импорттың кейінгі жолы</translation>
    </message>
    <message>
        <source>resolving a conflict</source>
        <translation>қайшылықты шешу</translation>
    </message>
</context>
<context>
    <name>HistoryTabs</name>
    <message>
        <source>Imports</source>
        <translation>Импорттар</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Экспорттар</translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message>
        <source>Receive data: import workbooks</source>
        <translation>Деректерді алу: кітаптарды импорттау</translation>
    </message>
    <message>
        <source>&amp;Import workbooks…</source>
        <translation>Кітаптарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Or drop .xlsx files here. Nothing is saved before you see what would change.</source>
        <translation>Немесе .xlsx файлдарын осында сүйреп әкеліңіз. Не өзгеретінін көрмейінше ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>&amp;Undo the last import</source>
        <translation>&amp;Соңғы импортты болдырмау</translation>
    </message>
    <message>
        <source>Co&amp;nflicts…</source>
        <translation>&amp;Қайшылықтар…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Импортты алдын ала қарау</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been changed yet. This is what importing %n file(s) would do:</source>
        <translation>
            <numerusform>Әзірге ештеңе өзгерген жоқ. %n файлды импорттау нәтижесі:</numerusform>
            <numerusform>Әзірге ештеңе өзгерген жоқ. %n файлды импорттау нәтижесі:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected rows (%n)</source>
        <translation>
            <numerusform>Қабылданбаған жолдар (%n)</numerusform>
            <numerusform>Қабылданбаған жолдар (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Ескертулер (%n)</numerusform>
            <numerusform>Ескертулер (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) in the files and edits held here changed the same field without seeing each other: both values are kept, one in the record, the other in the Conflicts list.</source>
        <translation>
            <numerusform>Файлдардағы %n түзету мен осындағы түзетулер бір өрісті бір-бірін көрмей өзгертті: екі мән де сақталады — бірі жазбада, екіншісі қайшылықтар тізімінде.</numerusform>
            <numerusform>Файлдардағы %n түзету мен осындағы түзетулер бір өрісті бір-бірін көрмей өзгертті: екі мән де сақталады — бірі жазбада, екіншісі қайшылықтар тізімінде.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields that come in: %1</source>
        <translation>Келетін өрістер: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be refused: records of another office.</source>
        <translation>
            <numerusform>%n жол қабылданбайды: басқа кеңсенің жазбалары.</numerusform>
            <numerusform>%n жол қабылданбайды: басқа кеңсенің жазбалары.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsModel</name>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Болдырылмады</translation>
    </message>
</context>
<context>
    <name>LazyPage</name>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>fieldapp — outreach activities</source>
        <translation>fieldapp — ақпараттық-түсіндіру іс-шаралары</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>TRAINING COPY</source>
        <translation>ОҚУ КӨШІРМЕСІ</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>Кеңсе &amp;коды</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>Кеңсе &amp;атауы</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Өңір</translation>
    </message>
    <message>
        <source>e.g. ALA-01</source>
        <translation>мысалы, ALA-01</translation>
    </message>
    <message>
        <source>e.g. Almaty field office</source>
        <translation>мысалы, Алматы өңірлік кеңсесі</translation>
    </message>
    <message>
        <source>Enter the office code.</source>
        <translation>Кеңсе кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the office name.</source>
        <translation>Кеңсе атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the office&apos;s region.</source>
        <translation>Кеңсе орналасқан өңірді таңдаңыз.</translation>
    </message>
    <message>
        <source>The office code may hold only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Кеңсе кодында тек әріптер, сандар, «-» және «_» болуы мүмкін.</translation>
    </message>
    <message>
        <source>The office code uses Latin letters A–Z, digits, &apos;-&apos; and &apos;_&apos;: switch the keyboard to the English layout (e.g. Alt+Shift).</source>
        <translation>Кеңсе кодында тек латын әріптері A–Z, сандар, &apos;-&apos; және &apos;_&apos; болады: пернетақтаны ағылшын тіліне ауыстырыңыз (мысалы, Alt+Shift).</translation>
    </message>
    <message>
        <source>This installation holds the records of office %1: its office code cannot change. For another office, set up a new data folder.</source>
        <translation>Бұл орнатуда %1 кеңсесінің жазбалары сақталған: кеңсе кодын өзгертуге болмайды. Басқа кеңсе үшін жаңа деректер қалтасын жасаңыз.</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Соңғы іс-шара</translation>
    </message>
    <message>
        <source>Latest import</source>
        <translation>Соңғы импорт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>осы орнату</translation>
    </message>
    <message>
        <source>never sent a workbook</source>
        <translation>кітап жібермеген</translation>
    </message>
    <message numerus="yes">
        <source>no report for %n day(s)</source>
        <translation>
            <numerusform>%n күн бойы деректер жоқ</numerusform>
            <numerusform>%n күн бойы деректер жоқ</numerusform>
        </translation>
    </message>
    <message>
        <source>reported</source>
        <translation>деректер келді</translation>
    </message>
    <message numerus="yes">
        <source>No workbook imported from this office in the last %n day(s).</source>
        <translation>
            <numerusform>Соңғы %n күнде бұл кеңседен кітап импортталған жоқ.</numerusform>
            <numerusform>Соңғы %n күнде бұл кеңседен кітап импортталған жоқ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Өткен жыл</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Соңғы 12 ай</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Барлық күндер</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Соңғы 30 күн</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Өз кезеңі</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <source>Period (by start date)</source>
        <translation>Кезең (басталған күні бойынша)</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>fieldapp — the data file cannot be used</source>
        <translation>fieldapp — деректер файлын пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Осы сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>The data file %1 is missing or empty, but this computer has backups of it. This is not a new installation: nothing was created.</source>
        <translation>%1 деректер файлы жоқ немесе бос, бірақ бұл компьютерде оның сақтық көшірмелері бар. Бұл жаңа орнату емес: ештеңе құрылған жоқ.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged. fieldapp did not write anything to it.</source>
        <translation>%1 деректер файлы бүлінген. fieldapp оған ештеңе жазған жоқ.</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Restore it? The damaged file is kept aside, not deleted; records entered after that backup are not in it.</source>
        <translation>Ең соңғы дұрыс сақтық көшірме: %1. Оны қалпына келтіру керек пе? Бүлінген файл жойылмайды, бөлек сақталады; осы көшірмеден кейін енгізілген жазбалар онда жоқ.</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Copy a backup you kept elsewhere to this computer and run: fieldapp restore FILE</source>
        <translation>%1 ішінде дұрыс сақтық көшірме табылмады. Басқа жерде сақтаған көшірмені осы компьютерге көшіріп, мынаны орындаңыз: fieldapp restore FILE</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Сақтық көшірмені қалпына келтіру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Checking the backup completely, then restoring it. This can take a minute…</source>
        <translation>Сақтық көшірме толық тексеріліп, содан кейін қалпына келтіріледі. Бұл бір минутқа созылуы мүмкін…</translation>
    </message>
    <message>
        <source>The shared database %1 cannot be reached (%2).</source>
        <translation>Ортақ дерекқорға %1 қосылу мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>Check the network and start fieldapp again, or use this computer&apos;s own file now. The same in a command window: fieldapp hub use --none</source>
        <translation>Желіні тексеріп, fieldapp-ты қайта іске қосыңыз немесе қазір осы компьютердің өз файлын пайдаланыңыз. Команда терезесінде дәл осылай: fieldapp hub use --none</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file</source>
        <translation>Осы компьютердің файлын пайдалану</translation>
    </message>
    <message>
        <source>Check the network, or start fieldapp without --database (or FIELDAPP_DATABASE).</source>
        <translation>Желіні тексеріңіз немесе fieldapp-ты --database (немесе FIELDAPP_DATABASE) параметрінсіз іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ReferenceBox</name>
    <message>
        <source>Reference data</source>
        <translation>Анықтамалық деректер</translation>
    </message>
    <message>
        <source>Import reference workbook…</source>
        <translation>Анықтамалық кітапты импорттау…</translation>
    </message>
    <message>
        <source>Apply the import</source>
        <translation>Импортты қолдану</translation>
    </message>
    <message>
        <source>Export reference workbook…</source>
        <translation>Анықтамалық кітапты экспорттау…</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Соңғы өзгерісті болдырмау</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Жаңа нұсқа ретінде сақтау</translation>
    </message>
    <message>
        <source>Activity kinds</source>
        <translation>Іс-шара түрлері</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Мақсатты топтар</translation>
    </message>
    <message>
        <source>Site types</source>
        <translation>Орын түрлері</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Серіктес ұйымдар</translation>
    </message>
    <message>
        <source>Offices expected to report</source>
        <translation>Есеп беруі тиіс кеңселер</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>Measures (codes)</source>
        <translation>Көрсеткіштер (кодтар)</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Қолданыстан шыққан</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Өңір коды</translation>
    </message>
    <message>
        <source>Reference data version %1: %2 activity kinds.</source>
        <translation>Анықтамалық деректер нұсқасы %1: іс-шараның %2 түрі.</translation>
    </message>
    <message>
        <source>The coordinator edits it and sends it as a reference workbook.</source>
        <translation>Оларды үйлестіруші өңдеп, анықтамалық кітап ретінде жібереді.</translation>
    </message>
    <message>
        <source>Nothing to import: version %1 (or newer) is already in use.</source>
        <translation>Импорттайтын ештеңе жоқ: %1 нұсқасы (немесе жаңарағы) қолданыста.</translation>
    </message>
    <message>
        <source>The reference workbook was written to %1.</source>
        <translation>Анықтамалық кітап %1 файлына жазылды.</translation>
    </message>
    <message>
        <source>Version %1 → %2.</source>
        <translation>Нұсқа %1 → %2.</translation>
    </message>
    <message>
        <source>The import would take version %1 → %2.</source>
        <translation>Импорт нұсқаны %1 → %2 етеді.</translation>
    </message>
    <message>
        <source>New: %1.</source>
        <translation>Жаңа: %1.</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Өзгерген: %1.</translation>
    </message>
    <message>
        <source>Retired: %1.</source>
        <translation>Қолданыстан шыққан: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ештеңе өзгерген жоқ: %1</translation>
    </message>
    <message>
        <source>Import reference workbook</source>
        <translation>Анықтамалық кітапты импорттау</translation>
    </message>
    <message>
        <source>Export reference workbook</source>
        <translation>Анықтамалық кітапты экспорттау</translation>
    </message>
    <message>
        <source>Measures and their warning thresholds</source>
        <translation>Көрсеткіштер және олардың ескерту шектері</translation>
    </message>
    <message>
        <source>Warn above</source>
        <translation>Осыдан асса ескерту</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… және тағы %1.</translation>
    </message>
    <message>
        <source>a code must be small Latin letters, digits and _, starting with a letter</source>
        <translation>код кіші латын әріптерінен, сандардан және _ белгісінен тұрып, әріппен басталуы керек</translation>
    </message>
    <message>
        <source>the code is used twice</source>
        <translation>код екі рет қолданылған</translation>
    </message>
    <message>
        <source>a name is missing</source>
        <translation>атауы жоқ</translation>
    </message>
    <message>
        <source>a name is too long</source>
        <translation>атауы тым ұзын</translation>
    </message>
    <message>
        <source>an unknown measure</source>
        <translation>белгісіз көрсеткіш</translation>
    </message>
    <message>
        <source>the measures cannot be added or removed, only renamed</source>
        <translation>көрсеткіштерді қосуға не алып тастауға болмайды, тек атауын өзгертуге болады</translation>
    </message>
    <message>
        <source>choose at least one measure</source>
        <translation>кемінде бір көрсеткішті таңдаңыз</translation>
    </message>
    <message>
        <source>not a whole number of 0 or more</source>
        <translation>0-ден кем емес бүтін сан емес</translation>
    </message>
    <message>
        <source>an unknown region</source>
        <translation>белгісіз өңір</translation>
    </message>
    <message>
        <source>at least one activity kind must stay in use</source>
        <translation>кемінде бір іс-шара түрі қолданыста қалуы керек</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, %2-жол</translation>
    </message>
    <message>
        <source>No longer expected to report: %1.</source>
        <translation>Енді есеп беруі күтілмейді: %1.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Алынып тасталған: %1.</translation>
    </message>
    <message>
        <source>Changed back: %1.</source>
        <translation>Бұрынғы күйіне қайтарылған: %1.</translation>
    </message>
    <message>
        <source>Active again (offered for new records): %1.</source>
        <translation>Қайта қолданыста (жаңа жазбалар үшін ұсынылады): %1.</translation>
    </message>
    <message>
        <source>Expected to report again: %1.</source>
        <translation>Есеп беруі қайта күтіледі: %1.</translation>
    </message>
</context>
<context>
    <name>ReportBox</name>
    <message>
        <source>Report and bulk-entry template</source>
        <translation>Есеп және жаппай енгізу үлгісі</translation>
    </message>
    <message>
        <source>Write &amp;report…</source>
        <translation>&amp;Есеп жасау…</translation>
    </message>
    <message>
        <source>Bulk-entry &amp;template…</source>
        <translation>Жаппай енгізу &amp;үлгісі…</translation>
    </message>
    <message>
        <source>Printable &amp;summary (PDF)…</source>
        <translation>Басып шығаруға &amp;жиынтық (PDF)…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office and language</source>
        <translation>Кеңсе және тіл</translation>
    </message>
    <message>
        <source>Save office details</source>
        <translation>Кеңсе деректерін сақтау</translation>
    </message>
    <message>
        <source>Entry and dashboard</source>
        <translation>Енгізу және жиынтық</translation>
    </message>
    <message>
        <source>Warn before saving a record that looks like a duplicate</source>
        <translation>Қайталанатын сияқты жазбаны сақтау алдында ескерту</translation>
    </message>
    <message>
        <source>An office is late after this many days without a workbook</source>
        <translation>Кеңсе осынша күн файл жібермесе, кешіккен болып саналады</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Оқыту</translation>
    </message>
    <message>
        <source>Add demo records</source>
        <translation>Демо жазбалар қосу</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Қалталар</translation>
    </message>
    <message>
        <source>Data, backups and logs are kept in: %1</source>
        <translation>Деректер, сақтық көшірмелер мен журналдар мына жерде: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Деректер қалтасын ашу</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Adding demo records…</source>
        <translation>Демо жазбалар қосылуда…</translation>
    </message>
    <message>
        <source>Open a training copy</source>
        <translation>Оқу көшірмесін ашу</translation>
    </message>
    <message>
        <source>This is a training copy: add made-up records and practise. Real installations refuse its workbooks.</source>
        <translation>Бұл — оқу көшірмесі: ойдан шығарылған жазбаларды қосып, жаттығыңыз. Нақты орнатулар оның кітаптарын қабылдамайды.</translation>
    </message>
    <message>
        <source>The training copy opened in a new window. Its data is kept apart, in: %1</source>
        <translation>Оқу көшірмесі жаңа терезеде ашылды. Оның деректері бөлек сақталады: %1</translation>
    </message>
    <message>
        <source>Practise in a separate copy with made-up records; this office&apos;s data is not touched.</source>
        <translation>Ойдан шығарылған жазбалармен бөлек көшірмеде жаттығыңыз; осы кеңсенің деректеріне тиіспейді.</translation>
    </message>
    <message>
        <source>%1 holds an office&apos;s real data, so it cannot be a training copy.</source>
        <translation>%1 ішінде кеңсенің нақты деректері бар, сондықтан ол оқу көшірмесі бола алмайды.</translation>
    </message>
    <message>
        <source>This installation is</source>
        <translation>Бұл орнату —</translation>
    </message>
    <message>
        <source>an office&apos;s (other offices&apos; files may not change its records)</source>
        <translation>кеңсенікі (басқа кеңселердің файлдары оның жазбаларын өзгертпейді)</translation>
    </message>
    <message>
        <source>the coordinator&apos;s (may correct any office&apos;s records)</source>
        <translation>үйлестірушінікі (кез келген кеңсенің жазбаларын түзете алады)</translation>
    </message>
    <message>
        <source>Make this the coordinator&apos;s installation? It will accept corrections to any office&apos;s data.</source>
        <translation>Бұл орнатуды үйлестірушінікі етесіз бе? Ол кез келген кеңсе деректеріне түзетулерді қабылдайды.</translation>
    </message>
    <message>
        <source>Make this an office&apos;s installation? Rows of other offices&apos; records will be refused.</source>
        <translation>Бұл орнатуды кеңсенікі етесіз бе? Басқа кеңселер жазбаларының жолдары қабылданбайды.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Өзгертпеу</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to fieldapp</source>
        <translation>fieldapp-қа қош келдіңіз</translation>
    </message>
    <message>
        <source>Tell fieldapp which office this computer reports for. You can change it later in Settings.</source>
        <translation>Бұл компьютер қай кеңсе үшін есеп беретінін көрсетіңіз. Кейін оны «Баптаулар» бөлімінде өзгертуге болады.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseBox</name>
    <message>
        <source>Shared database (coordinators)</source>
        <translation>Ортақ дерекқор (үйлестірушілер)</translation>
    </message>
    <message>
        <source>Coordinators can keep the data in one PostgreSQL database that all of them use. The password is never kept here: put it in PostgreSQL&apos;s password file (pgpass).</source>
        <translation>Үйлестірушілер деректерді бәрі пайдаланатын бір PostgreSQL дерекқорында сақтай алады. Құпиясөз мұнда сақталмайды: оны PostgreSQL құпиясөз файлына (pgpass) жазыңыз.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжай:</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Қосылуды тексеру</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Осы дерекқорды пайдалану</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file</source>
        <translation>Осы компьютердің файлын пайдалану</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>Connected to %1, but fieldapp is not set up there yet (fieldapp hub init).</source>
        <translation>%1 серверіне қосылды, бірақ онда fieldapp әлі бапталмаған (fieldapp hub init).</translation>
    </message>
    <message>
        <source>Connected to %1. This login may read and write.</source>
        <translation>%1 серверіне қосылды. Бұл тіркелгі оқи да, өзгерте де алады.</translation>
    </message>
    <message>
        <source>Connected to %1. This login may only read (a viewer).</source>
        <translation>%1 серверіне қосылды. Бұл тіркелгі тек оқи алады (бақылаушы).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 серверіне қосылды.</translation>
    </message>
    <message>
        <source>fieldapp cannot work there until its owner upgrades it: it lacks migration %1 of this fieldapp; %2 runs fieldapp hub init.</source>
        <translation>Иесі жаңартпайынша fieldapp онда жұмыс істей алмайды: онда fieldapp-тың осы нұсқасының %1-көшіруі жоқ; %2 fieldapp hub init командасын орындайды.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Қосылу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The address must start with postgresql://</source>
        <translation>Мекенжай postgresql:// деп басталуы керек</translation>
    </message>
    <message>
        <source>The address holds a password. Remove it and put it in the pgpass file.</source>
        <translation>Мекенжайда құпиясөз бар. Оны алып тастап, pgpass файлына жазыңыз.</translation>
    </message>
    <message>
        <source>fieldapp will use the shared database from its next start.</source>
        <translation>fieldapp келесі іске қосылғаннан бастап ортақ дерекқорды пайдаланады.</translation>
    </message>
    <message>
        <source>fieldapp will use this computer&apos;s file from its next start.</source>
        <translation>fieldapp келесі іске қосылғаннан бастап осы компьютердің файлын пайдаланады.</translation>
    </message>
    <message>
        <source>That database holds other tables: it is not fieldapp&apos;s. Nothing was changed.</source>
        <translation>Бұл дерекқорда басқа кестелер бар: ол fieldapp дерекқоры емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>fieldapp is not set up there yet: its owner runs fieldapp hub init.</source>
        <translation>fieldapp онда әлі орнатылмаған: дерекқор иесі fieldapp hub init командасын орындайды.</translation>
    </message>
    <message>
        <source>That database was written by a newer fieldapp: update fieldapp on this computer first. Nothing was changed.</source>
        <translation>Бұл дерекқорды fieldapp-тың жаңарақ нұсқасы жазған: алдымен осы компьютердегі fieldapp-ты жаңартыңыз. Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Counting records…</source>
        <translation>Жазбалар саналуда…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln жазба</numerusform>
            <numerusform>%Ln жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) match the filters</source>
        <translation>
            <numerusform>Сүзгілерге %Ln жазба сәйкес келеді</numerusform>
            <numerusform>Сүзгілерге %Ln жазба сәйкес келеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet exported</source>
        <translation>
            <numerusform>%Ln өзгеріс әлі экспортталмаған</numerusform>
            <numerusform>%Ln өзгеріс әлі экспортталмаған</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is exported</source>
        <translation>Барлығы экспортталған</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Соңғы экспорт: %1</translation>
    </message>
    <message>
        <source>Never exported</source>
        <translation>Экспорт әлі жасалмаған</translation>
    </message>
    <message>
        <source>Training copy: made-up data</source>
        <translation>Оқу көшірмесі: ойдан шығарылған деректер</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln шешілмеген қайшылық</numerusform>
            <numerusform>%Ln шешілмеген қайшылық</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Set a target</source>
        <translation>Мақсат қою</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>&amp;Activity kind</source>
        <translation>&amp;Іс-шара түрі</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Өңір</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Көрсеткіш</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Жоспар</translation>
    </message>
    <message>
        <source>The planned figure must be a whole number of 0 or more.</source>
        <translation>Жоспарланған көрсеткіш 0 немесе одан үлкен бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <source>Targets: planned against achieved</source>
        <translation>Мақсаттар: жоспар мен нәтиже</translation>
    </message>
    <message>
        <source>No targets set for this period.</source>
        <translation>Бұл кезеңге мақсат қойылмаған.</translation>
    </message>
    <message>
        <source>Set a target…</source>
        <translation>Мақсат қою…</translation>
    </message>
    <message>
        <source>Read targets from a workbook…</source>
        <translation>Мақсаттарды кітаптан оқу…</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Іс-шара түрі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Қол жеткізілді</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>Жоспардың %</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>The target was saved.</source>
        <translation>Мақсат сақталды.</translation>
    </message>
    <message>
        <source>Read targets</source>
        <translation>Мақсаттарды оқу</translation>
    </message>
    <message>
        <source>The targets were not read: %1</source>
        <translation>Мақсаттар оқылмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) read.</source>
        <translation>
            <numerusform>%n мақсат оқылды.</numerusform>
            <numerusform>%n мақсат оқылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Achieved counted for</source>
        <translation>Қол жеткізілгені есептелген кезең</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>TaskStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Settlement / site</source>
        <translation>Елді мекен / нысан</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>Орын түрі</translation>
    </message>
    <message>
        <source>Materials language</source>
        <translation>Материалдар тілі</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Мақсатты топтар</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Енгізген</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылған</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>«%1» өрісін толтыру міндетті.</translation>
    </message>
    <message>
        <source>%1: choose a value from the list.</source>
        <translation>«%1»: тізімнен мән таңдаңыз.</translation>
    </message>
    <message>
        <source>%1: an unknown group is selected.</source>
        <translation>«%1»: белгісіз топ таңдалған.</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>«%1» — жарамды күн емес.</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation>«%1» %2 күнінен ерте бола алмайды.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>«%1» болашақта бола алмайды.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Аяқталған күні басталған күнінен ерте бола алмайды.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>«%1» бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>«%1» теріс сан бола алмайды.</translation>
    </message>
    <message>
        <source>Children reached cannot exceed people reached.</source>
        <translation>Қамтылған балалар саны қамтылған адамдар санынан көп бола алмайды.</translation>
    </message>
    <message>
        <source>%1 is not recorded for this activity.</source>
        <translation>«%1» бұл іс-шара үшін жазылмайды.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>«%1» тым ұзын (ең көбі %2 таңба).</translation>
    </message>
    <message>
        <source>%1 is unusually large (over %2) — please check.</source>
        <translation>«%1» әдеттен тыс үлкен (%2 артық) — тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>«%1» жарамсыз.</translation>
    </message>
    <message>
        <source>unknown kind (%1)</source>
        <translation>белгісіз түр (%1)</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2).</source>
        <translation>%1: сан тым үлкен (ең көбі %2).</translation>
    </message>
    <message>
        <source>%1 holds a character that cannot be saved in a workbook; remove it.</source>
        <translation>%1: Excel кітабында сақтауға болмайтын таңба бар; оны алып тастаңыз.</translation>
    </message>
</context>
</TS>
