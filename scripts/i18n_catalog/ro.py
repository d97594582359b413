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
}
