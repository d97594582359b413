"""Romanian translations, keyed by source text or by (context, source text).

Comma-below ș ț (never cedilla ş ţ), ă â î; plain words a librarian uses. Plural entries list
Qt's three Romanian forms: n = 1; n = 0 or n % 100 in 1..19 ("2 grupuri"); the rest ("20 de
grupuri").
"""
# ruff: noqa: E501

TRANSLATIONS: dict = {
    # Application
    "SOLE Facilitator is already open with the data folder {folder}. Switch to its window (look in the taskbar).":
        "SOLE Facilitator este deja deschis cu dosarul de date {folder}. Treceți la fereastra lui (căutați-o în bara de activități).",
    # Errors
    "The file {path} is not a SOLE Facilitator database, or it is damaged. It was not changed. Choose another data folder, or move the file away.":
        "Fișierul {path} nu este o bază de date SOLE Facilitator sau este deteriorat. Nu a fost modificat. Alegeți alt dosar de date sau mutați fișierul în altă parte.",
    "The database {path} was saved by a newer version of SOLE Facilitator. It was not changed. Install the newer version to open it.":
        "Baza de date {path} a fost salvată de o versiune mai nouă a SOLE Facilitator. Nu a fost modificată. Instalați versiunea mai nouă ca să o deschideți.",
    "The data folder {path} cannot be used: {reason}.":
        "Dosarul de date {path} nu poate fi folosit: {reason}.",
    # MainWindow
    "Opening the database…": "Se deschide baza de date…",
    "&File": "&Fișier",
    "&Quit": "&Ieșire",
    "&Help": "A&jutor",
    "Open the &data folder": "Deschide dosarul de &date",
    "&About SOLE Facilitator": "D&espre SOLE Facilitator",
    "Data folder: {path}": "Dosarul de date: {path}",
    "<h3>{name} {version}</h3><p>Runs SOLE sessions: the big question on the projector, the phase timer, the groups' findings and a question bank.</p><p>Free software under the GNU General Public License, version 3 or later.</p><p>Data folder: {folder}</p><p>No data leaves this computer unless you export it.</p>":
        "<h3>{name} {version}</h3><p>Vă ajută să țineți sesiuni SOLE: marea întrebare pe proiector, cronometrul etapelor, descoperirile grupurilor și o bancă de întrebări.</p><p>Program liber, sub Licența Publică Generală GNU, versiunea 3 sau ulterioară.</p><p>Dosarul de date: {folder}</p><p>Nicio informație nu pleacă de pe acest calculator decât dacă o exportați dumneavoastră.</p>",
    "About SOLE Facilitator": "Despre SOLE Facilitator",
    "Cannot open the data": "Datele nu pot fi deschise",
    # StageView
    "Our agreements": "Înțelegerile noastre",
    "Phase {number} of {count}": "Etapa {number} din {count}",
    "\u275a\u275a Paused": "\u275a\u275a Pauză",
    "Time is up \u2014 overtime": "Timpul a expirat \u2014 prelungire",
    "%n minute(s) left": ["Mai este %n minut", "Mai sunt %n minute", "Mai sunt %n de minute"],
    "Blacked out: the room sees a black screen": "Ecran negru: sala vede un ecran negru",
    # LanguageChange
    ("LanguageChange", "Language"): "Limba",
    "The new language will be used the next time you start SOLE Facilitator. A session is running now, so the window stays as it is.":
        "Noua limbă va fi folosită la următoarea pornire a SOLE Facilitator. Acum se desfășoară o sesiune, așa că fereastra rămâne cum este.",
    # SessionActions
    "&Start the session": "Începe &sesiunea",
    "Start the session with this question and plan": "Începe sesiunea cu această întrebare și acest plan",
    "&Pause / resume": "&Pauză / continuare",
    "Pause or resume the timer (Space)": "Oprește sau pornește din nou cronometrul (bara de spațiu)",
    "P&revious phase": "Etapa &anterioară",
    "Go back to the previous phase (Left, Page Up)": "Înapoi la etapa anterioară (săgeată stânga, Page Up)",
    "&Next phase": "Etapa &următoare",
    "Move on to the next phase (Right, Page Down)": "Treci la etapa următoare (săgeată dreapta, Page Down)",
    "+1 minute": "+1 minut",
    "Give one more minute (+)": "Mai dă un minut (+)",
    "+5 minutes": "+5 minute",
    "Give five more minutes (Ctrl++)": "Mai dă cinci minute (Ctrl++)",
    "\u22121 minute": "\u22121 minut",
    "Take one minute away (-)": "Scade un minut (-)",
    "&Black out the projector": "Ecran &negru pe proiector",
    "Black out the projector and back (B or .)": "Înnegrește proiectorul și revino (B sau .)",
    "P&resent on the projector": "Prezintă pe p&roiector",
    "Show the question and timer full screen on the projector (F5, F11)": "Arată întrebarea și cronometrul pe tot ecranul proiectorului (F5, F11)",
    "&Leave full screen": "Ieși din &ecranul complet",
    "Stop presenting; the session goes on (Esc)": "Oprește prezentarea; sesiunea continuă (Esc)",
    "&Identify screens": "&Identifică ecranele",
    "Show each screen's number on it for a moment": "Arată pentru câteva clipe numărul fiecărui ecran pe el",
    "&End the session": "În&cheie sesiunea",
    "Stop the timer and end this session": "Oprește cronometrul și încheie această sesiune",
    # SessionSetup
    "Big question": "Marea întrebare",
    "Pick a question from the bank": "Alegeți o întrebare din bancă",
    "Question from the bank": "Întrebare din bancă",
    "The big question": "Marea întrebare",
    "Type the big question, or pick one from the bank above": "Scrieți marea întrebare sau alegeți una din banca de mai sus",
    "Plan for this session": "Planul acestei sesiuni",
    "Question": "Întrebare",
    "Investigation": "Investigație",
    "Review": "Prezentare",
    "Minutes for this phase in this session": "Minutele acestei etape în această sesiune",
    " min": " min",
    "Planned number (leave at — if you do not know yet)": "Numărul planificat (lăsați — dacă nu îl știți încă)",
    "Children": "Copii",
    "Computers": "Calculatoare",
    "Groups": "Grupuri",
    "From the question bank": "Din banca de întrebări",
    "— Choose from the question bank —": "— Alegeți din banca de întrebări —",
    # SettingsDialog
    "Settings": "Setări",
    "Timing": "Durate",
    "Question (minutes)": "Întrebare (minute)",
    "Investigation (minutes)": "Investigație (minute)",
    "Review (minutes)": "Prezentare (minute)",
    "Default length of this phase": "Durata obișnuită a acestei etape",
    "Minutes left at the first warning (0: none)": "Minutele rămase la primul avertisment (0: fără)",
    "Minutes left at the last warning (0: none)": "Minutele rămase la ultimul avertisment (0: fără)",
    "off": "fără",
    "First warning": "Primul avertisment",
    "Last warning": "Ultimul avertisment",
    "Play a gentle chime at the warnings and the end": "Un clopoțel discret la avertismente și la final",
    "Projector and language": "Proiector și limbă",
    "Show the agreements during Investigation": "Arată înțelegerile în timpul investigației",
    "The screen the projector view opens on": "Ecranul pe care se deschide imaginea pentru proiector",
    "Automatic (a screen that is not the laptop's)": "Automat (un alt ecran decât cel al laptopului)",
    "Projector screen": "Ecranul proiectorului",
    "System language": "Limba sistemului",
    "Language": "Limba",
    # Screens
    "Screen {number}: {name} ({width}×{height})": "Ecranul {number}: {name} ({width}×{height})",
    ", main screen": ", ecranul principal",
    # Session (states and the agreements shown to the children)
    "not started": "neînceput",
    "running": "în desfășurare",
    "nearly over": "aproape gata",
    "last minute": "ultimul minut",
    "overtime": "prelungire",
    "paused": "în pauză",
    "You can change groups at any time.": "Puteți schimba grupul oricând.",
    "You can move around, look at what other groups are doing, and share it with your group.":
        "Puteți să vă mișcați prin sală, să vedeți ce fac celelalte grupuri și să le povestiți colegilor din grupul vostru.",
    "You can talk to each other.": "Puteți vorbi între voi.",
    "Be ready to tell everyone what your group found.": "Fiți gata să le spuneți tuturor ce a descoperit grupul vostru.",
    # SessionPage
    "Not started. Type or pick a question, check the plan, then Start.": "Sesiunea nu a început. Scrieți sau alegeți o întrebare, verificați planul, apoi apăsați Începe.",
    "{phase} (phase {number} of {count}): {time} · {state}": "{phase} (etapa {number} din {count}): {time} · {state}",
    "&Resume": "&Continuă",
    "&Pause": "&Pauză",
    "A session was still running when SOLE Facilitator closed:\n\n{question}\n\n{phase}, {time} left ({state}).\n\nResume the session?":
        "O sesiune era încă în desfășurare când SOLE Facilitator s-a închis:\n\n{question}\n\n{phase}, au mai rămas {time} ({state}).\n\nContinuați sesiunea?",
    "Resume the session?": "Continuați sesiunea?",
    "End the session?": "Încheiați sesiunea?",
    "End this session now? The timer stops and the session is saved.": "Încheiați sesiunea acum? Cronometrul se oprește, iar sesiunea este salvată.",
    # ScreenAwake
    "A SOLE session is running": "O sesiune SOLE este în desfășurare",
    # ProjectorWindow
    "{app}: projector": "{app}: proiector",
}
