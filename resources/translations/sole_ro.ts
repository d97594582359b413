<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>SOLE Facilitator is already open with the data folder {folder}. Switch to its window (look in the taskbar).</source>
        <translation>SOLE Facilitator este deja deschis cu dosarul de date {folder}. Treceți la fereastra lui (căutați-o în bara de activități).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {path} is not a SOLE Facilitator database, or it is damaged. It was not changed. Choose another data folder, or move the file away.</source>
        <translation>Fișierul {path} nu este o bază de date SOLE Facilitator sau este deteriorat. Nu a fost modificat. Alegeți alt dosar de date sau mutați fișierul în altă parte.</translation>
    </message>
    <message>
        <source>The database {path} was saved by a newer version of SOLE Facilitator. It was not changed. Install the newer version to open it.</source>
        <translation>Baza de date {path} a fost salvată de o versiune mai nouă a SOLE Facilitator. Nu a fost modificată. Instalați versiunea mai nouă ca să o deschideți.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}.</source>
        <translation>Dosarul de date {path} nu poate fi folosit: {reason}.</translation>
    </message>
</context>
<context>
    <name>LanguageChange</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used the next time you start SOLE Facilitator. A session is running now, so the window stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Se deschide baza de date…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Deschide dosarul de &amp;date</translation>
    </message>
    <message>
        <source>&amp;About SOLE Facilitator</source>
        <translation>D&amp;espre SOLE Facilitator</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dosarul de date: {path}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Runs SOLE sessions: the big question on the projector, the phase timer, the groups&apos; findings and a question bank.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;No data leaves this computer unless you export it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Vă ajută să țineți sesiuni SOLE: marea întrebare pe proiector, cronometrul etapelor, descoperirile grupurilor și o bancă de întrebări.&lt;/p&gt;&lt;p&gt;Program liber, sub Licența Publică Generală GNU, versiunea 3 sau ulterioară.&lt;/p&gt;&lt;p&gt;Dosarul de date: {folder}&lt;/p&gt;&lt;p&gt;Nicio informație nu pleacă de pe acest calculator decât dacă o exportați dumneavoastră.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SOLE Facilitator</source>
        <translation>Despre SOLE Facilitator</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Datele nu pot fi deschise</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session with this question and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the timer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous phase (Left, Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on to the next phase (Right, Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one more minute (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give five more minutes (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one minute away (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Black out the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black out the projector and back (B or .)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resent on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the question and timer full screen on the projector (F5, F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop presenting; the session goes on (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identify screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each screen&apos;s number on it for a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the timer and end this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <source>Big question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a question from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The big question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the big question, or pick one from the bank above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes for this phase in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned number (leave at — if you do not know yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Choose from the question bank —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default length of this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes left at the first warning (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes left at the last warning (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a gentle chime at the warnings and the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the agreements during Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen the projector view opens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (a screen that is not the laptop&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message>
        <source>Our agreements</source>
        <translation>Înțelegerile noastre</translation>
    </message>
    <message>
        <source>Phase {number} of {count}</source>
        <translation>Etapa {number} din {count}</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ Pauză</translation>
    </message>
    <message>
        <source>Time is up — overtime</source>
        <translation>Timpul a expirat — prelungire</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Mai este %n minut</numerusform>
            <numerusform>Mai sunt %n minute</numerusform>
            <numerusform>Mai sunt %n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Blacked out: the room sees a black screen</source>
        <translation>Ecran negru: sala vede un ecran negru</translation>
    </message>
</context>
</TS>
