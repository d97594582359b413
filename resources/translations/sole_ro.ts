<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../sole_app/ui/qt_app.py" line="+35" />
        <source>SOLE Facilitator is already open with the data folder {folder}. Switch to its window (look in the taskbar).</source>
        <translation>SOLE Facilitator este deja deschis cu dosarul de date {folder}. Treceți la fereastra lui (căutați-o în bara de activități).</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <location filename="../../sole_app/ui/backups.py" line="+150" />
        <source>The newest good backup is from {taken}. Restore it? The damaged file is kept aside, unchanged, in the backups folder.</source>
        <translation>Cea mai recentă copie de rezervă bună este din {taken}. O restaurați? Fișierul deteriorat este păstrat deoparte, neschimbat, în dosarul cu copii de rezervă.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurați copia de rezervă</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The backup was restored.</source>
        <translation>Copia de rezervă a fost restaurată.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup was restored. The data from before is kept as {name} in the backups folder.</source>
        <translation>Copia de rezervă a fost restaurată. Datele de dinainte sunt păstrate ca {name} în dosarul cu copii de rezervă.</translation>
    </message>
</context>
<context>
    <name>BackupsList</name>
    <message>
        <location line="-81" />
        <source>Taken</source>
        <translation>Făcută la</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Size</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Backups of the database</source>
        <translation>Copiile de rezervă ale bazei de date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurați această copie…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Daily</source>
        <translation>Zilnică</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Before a restore</source>
        <translation>Înainte de o restaurare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Damaged file, kept aside</source>
        <translation>Fișier deteriorat, păstrat deoparte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before an update</source>
        <translation>Înainte de o actualizare</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Restore a backup</source>
        <translation>Restaurarea unei copii de rezervă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back the data as it was on {taken}? Everything saved since then is kept in a copy in the backups folder first, and the window opens again.</source>
        <translation>Readuceți datele cum erau la {taken}? Tot ce s-a salvat de atunci este mai întâi păstrat într-o copie în dosarul cu copii de rezervă, apoi fereastra se redeschide.</translation>
    </message>
</context>
<context>
    <name>BankController</name>
    <message>
        <location filename="../../sole_app/ui/bank/controller.py" line="+172" />
        <source>add question “{text}”</source>
        <translation>adăugarea întrebării „{text}”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New question</source>
        <translation>Întrebare nouă</translation>
    </message>
    <message>
        <location line="+10" />
        <source>edit question “{text}”</source>
        <translation>modificarea întrebării „{text}”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit question</source>
        <translation>Modifică întrebarea</translation>
    </message>
    <message>
        <location line="+9" />
        <source>duplicate question “{text}”</source>
        <translation>duplicarea întrebării „{text}”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Duplicate question</source>
        <translation>Duplică întrebarea</translation>
    </message>
    <message>
        <location line="+16" />
        <source>delete question “{text}”</source>
        <translation>ștergerea întrebării „{text}”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Question deleted.</source>
        <translation>Întrebarea a fost ștearsă.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>mark “{text}” as a favourite</source>
        <translation>marcarea ca preferată a întrebării „{text}”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>remove “{text}” from the favourites</source>
        <translation>scoaterea dintre preferate a întrebării „{text}”</translation>
    </message>
</context>
<context>
    <name>BankFiles</name>
    <message>
        <location filename="../../sole_app/ui/bank/files.py" line="+54" />
        <source>Import questions</source>
        <translation>Importă întrebări</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question packs and spreadsheets (*.json *.csv);;Question packs (*.json);;Spreadsheets (*.csv)</source>
        <translation>Pachete de întrebări și tabele (*.json *.csv);;Pachete de întrebări (*.json);;Tabele (*.csv)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>import “{file}”</source>
        <translation>importul fișierului „{file}”</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>Import refused</source>
        <translation>Fișierul nu a fost importat</translation>
    </message>
    <message numerus="yes">
        <location line="-47" />
        <source>%n question(s) added</source>
        <translation>
            <numerusform>%n întrebare adăugată</numerusform>
            <numerusform>%n întrebări adăugate</numerusform>
            <numerusform>%n de întrebări adăugate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n already in the bank (not added again)</source>
        <translation>
            <numerusform>%n întrebare era deja în bancă (nu a fost adăugată din nou)</numerusform>
            <numerusform>%n întrebări erau deja în bancă (nu au fost adăugate din nou)</numerusform>
            <numerusform>%n de întrebări erau deja în bancă (nu au fost adăugate din nou)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48" />
        <source>Imported {file}: {added}, {known}.</source>
        <translation>S-a importat {file}: {added}, {known}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file was read as {encoding} text.</source>
        <translation>Fișierul a fost citit ca text {encoding}.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing to export: no question is shown. Clear the search or filters.</source>
        <translation>Nu este nimic de exportat: nu se afișează nicio întrebare. Ștergeți căutarea sau filtrele.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export questions</source>
        <translation>Exportă întrebări</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Question pack (*.json);;Spreadsheet for Excel or LibreOffice (*.csv)</source>
        <translation>Pachet de întrebări (*.json);;Tabel pentru Excel sau LibreOffice (*.csv)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Export failed</source>
        <translation>Exportul nu a reușit</translation>
    </message>
    <message numerus="yes">
        <location line="-77" />
        <source>%n question(s) saved to {file}.</source>
        <translation>
            <numerusform>%n întrebare a fost salvată în {file}.</numerusform>
            <numerusform>%n întrebări au fost salvate în {file}.</numerusform>
            <numerusform>%n de întrebări au fost salvate în {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankPanel</name>
    <message>
        <location filename="../../sole_app/ui/bank/panel.py" line="+80" />
        <source>&amp;New</source>
        <translation>&amp;Nouă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write a new question (Ctrl+N)</source>
        <translation>Scrie o întrebare nouă (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifică…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the chosen question (Enter or double-click)</source>
        <translation>Modifică întrebarea aleasă (Enter sau dublu clic)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Du&amp;plicate…</source>
        <translation>&amp;Duplică…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A copy to change or translate (Ctrl+D)</source>
        <translation>O copie pe care o puteți modifica sau traduce (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the chosen question (Del); Undo brings it back</source>
        <translation>Șterge întrebarea aleasă (Del); Anulează o readuce</translation>
    </message>
    <message>
        <location line="+2" />
        <source>★ &amp;Favourite</source>
        <translation>★ &amp;Preferată</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the question as a favourite (Ctrl+B); favourites come first</source>
        <translation>Marchează întrebarea ca preferată (Ctrl+B); preferatele apar primele</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import…</source>
        <translation>&amp;Importă…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add questions from a question pack (.json) or a spreadsheet (.csv)</source>
        <translation>Adaugă întrebări dintr-un pachet de întrebări (.json) sau dintr-un tabel (.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportă…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the questions shown to a question pack (.json) or a spreadsheet (.csv)</source>
        <translation>Salvează întrebările afișate într-un pachet de întrebări (.json) sau într-un tabel (.csv)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start a session with this question</source>
        <translation>Începe o sesiune cu această întrebare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the Session tab with this question chosen: check the plan there, then press Start (Ctrl+Shift+Enter)</source>
        <translation>Deschide fila Sesiune cu această întrebare aleasă: verificați acolo planul, apoi apăsați Începe sesiunea (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Find</source>
        <translation>Caută</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the bank</source>
        <translation>Caută în bancă</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Search questions, tags and notes…</source>
        <translation>Căutați în întrebări, etichete și note…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the question bank</source>
        <translation>Caută în banca de întrebări</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Questions</source>
        <translation>Întrebări</translation>
    </message>
    <message>
        <location line="+38" />
        <source>&amp;Questions</source>
        <translation>Între&amp;bări</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n întrebare</numerusform>
            <numerusform>%n întrebări</numerusform>
            <numerusform>%n de întrebări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>At least %n question(s)</source>
        <translation>
            <numerusform>Cel puțin %n întrebare</numerusform>
            <numerusform>Cel puțin %n întrebări</numerusform>
            <numerusform>Cel puțin %n de întrebări</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31" />
        <source>No question matches. Try fewer words, or clear the filters.</source>
        <translation>Nicio întrebare nu se potrivește. Încercați mai puține cuvinte sau ștergeți filtrele.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Delete the question?</source>
        <translation>Ștergeți întrebarea?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete “{text}”?

You can bring it back with Undo (Ctrl+Z).</source>
        <translation>Ștergeți „{text}”?

O puteți aduce înapoi cu Anulează (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../sole_app/app.py" line="+286" />
        <source>Loading the starter questions…</source>
        <translation>Se încarcă întrebările de pornire…</translation>
    </message>
    <message>
        <location filename="../../sole_app/ui/bank/wiring.py" line="+46" />
        <source>Question bank</source>
        <translation>Banca de întrebări</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../sole_app/core/errors.py" line="+42" />
        <source>The file {path} is not a SOLE Facilitator database, or it is damaged. It was not changed. Choose another data folder, or move the file away.</source>
        <translation>Fișierul {path} nu este o bază de date SOLE Facilitator sau este deteriorat. Nu a fost modificat. Alegeți alt dosar de date sau mutați fișierul în altă parte.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The database {path} was saved by a newer version of SOLE Facilitator. It was not changed. Install the newer version to open it.</source>
        <translation>Baza de date {path} a fost salvată de o versiune mai nouă a SOLE Facilitator. Nu a fost modificată. Instalați versiunea mai nouă ca să o deschideți.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the disk or the file is read-only</source>
        <translation>discul sau fișierul este doar pentru citire</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The data folder {path} cannot be used: {reason}.</source>
        <translation>Dosarul de date {path} nu poate fi folosit: {reason}.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The backup {path} is damaged, so it was not restored. Your data was not changed; choose another backup.</source>
        <translation>Copia de rezervă {path} este deteriorată, așa că nu a fost restaurată. Datele dumneavoastră nu au fost schimbate; alegeți altă copie.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The backup {path} could not be written: {reason}. Your data was not changed.</source>
        <translation>Copia de rezervă {path} nu a putut fi scrisă: {reason}. Datele dumneavoastră nu au fost schimbate.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The settings were not saved in {path}: {reason}. The settings from before are unchanged.</source>
        <translation>Setările nu au fost salvate în {path}: {reason}. Setările de dinainte au rămas neschimbate.</translation>
    </message>
    <message>
        <location line="-65" />
        <source>it is a file, not a folder</source>
        <translation>este un fișier, nu un dosar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is not writable</source>
        <translation>nu se poate scrie în el</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the disk is full</source>
        <translation>discul este plin</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/bank/errors.py" line="+24" />
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lowest age</source>
        <translation>Vârsta minimă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Highest age</source>
        <translation>Vârsta maximă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Sursa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Translation group</source>
        <translation>Grup de traducere</translation>
    </message>
    <message>
        <location line="+3" />
        <source>questions</source>
        <translation>întrebări</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <location line="+6" />
        <source>this cannot be empty</source>
        <translation>nu poate fi gol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this must be text</source>
        <translation>trebuie să fie text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this is longer than {value} characters</source>
        <translation>are mai mult de {value} de caractere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the language must be a language code such as ro, en, ru or es, not “{value}”</source>
        <translation>limba trebuie să fie un cod de limbă, de exemplu ro, en, ru sau es, nu „{value}”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this holds {value}, half of a character that has lost its other half</source>
        <translation>aici este {value}, o jumătate de caracter care și-a pierdut cealaltă jumătate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the byte {value} is not {encoding} text (save the file again as UTF-8)</source>
        <translation>octetul {value} nu este text {encoding} (salvați din nou fișierul ca UTF-8)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this holds the control character {value}, which no text holds</source>
        <translation>aici este caracterul de control {value}, care nu apare în niciun text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“{value}” is too far in the past or the future</source>
        <translation>„{value}” este prea departe în trecut sau în viitor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“{value}” is not a whole number</source>
        <translation>„{value}” nu este un număr întreg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the highest age is lower than the lowest age</source>
        <translation>vârsta maximă este mai mică decât vârsta minimă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this must be a list</source>
        <translation>trebuie să fie o listă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>there are more than {value} tags</source>
        <translation>sunt mai mult de {value} de etichete</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” is not a date and time such as 2026-11-24T10:00:00Z</source>
        <translation>„{value}” nu este o dată și o oră de forma 2026-11-24T10:00:00Z</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this field is missing</source>
        <translation>acest câmp lipsește</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this is not a question with its fields</source>
        <translation>nu este o întrebare cu câmpurile ei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is not UTF-8 text</source>
        <translation>fișierul nu este text UTF-8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is not UTF-16 text</source>
        <translation>fișierul nu este text UTF-16</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is not valid JSON</source>
        <translation>fișierul nu este JSON valid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this is not valid JSON (line {line}, column {column})</source>
        <translation>acesta nu este JSON valid (linia {line}, coloana {column})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this nests lists or objects more deeply than any question pack</source>
        <translation>aici listele sau obiectele sunt imbricate mai adânc decât în orice pachet de întrebări</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file ends inside this cell: the quote (") that opens it is never closed</source>
        <translation>fișierul se termină în interiorul acestei celule: ghilimelele (") care o deschid nu sunt închise niciodată</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a cell here goes on for more than {limit} characters: perhaps the quote (") that opens it is never closed</source>
        <translation>o celulă de aici are peste {limit} de caractere: poate ghilimelele (") care o deschid nu sunt închise niciodată</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file looks like UTF-16 text without a byte order mark, but it cannot be read as UTF-16</source>
        <translation>fișierul pare text UTF-16 fără marcaj de ordine a octeților (BOM), dar nu poate fi citit ca UTF-16</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file is not a SOLE Facilitator question pack</source>
        <translation>fișierul nu este un pachet de întrebări SOLE Facilitator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is empty</source>
        <translation>fișierul este gol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is not a readable CSV file</source>
        <translation>fișierul nu este un fișier CSV care poate fi citit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>two columns mean the same thing</source>
        <translation>două coloane înseamnă același lucru</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this column is missing from the first row</source>
        <translation>această coloană lipsește din primul rând</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <location line="+105" />
        <source>The file {path} was not imported; problems found: {count}, the first {listed} listed below. Nothing was added.</source>
        <translation>Fișierul {path} nu a fost importat; probleme găsite: {count}, primele {listed} enumerate mai jos. Nu s-a adăugat nimic.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file {path} was not imported; problems found: {count}, listed below. Nothing was added.</source>
        <translation>Fișierul {path} nu a fost importat; probleme găsite: {count}, enumerate mai jos. Nu s-a adăugat nimic.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The file {path} is a question pack of version {version}, and this version of SOLE Facilitator reads version {readable}. Update the app to import it.</source>
        <translation>Fișierul {path} este un pachet de întrebări în versiunea {version}, iar această versiune a SOLE Facilitator citește versiunea {readable}. Actualizați aplicația ca să îl importați.</translation>
    </message>
    <message>
        <location line="-167" />
        <source>question {number}</source>
        <translation>întrebarea {number}</translation>
    </message>
    <message>
        <location line="-65" />
        <source>Question</source>
        <translation>Întrebare</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed</source>
        <translation>Modificată</translation>
    </message>
    <message>
        <location line="+23" />
        <source>“{value}” is not an age from {low} to {high}</source>
        <translation>„{value}” nu este o vârstă între {low} și {high}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this is not an identifier of at most {limit} characters</source>
        <translation>nu este un identificator de cel mult {limit} de caractere</translation>
    </message>
    <message>
        <location line="+29" />
        <source>row {number}</source>
        <translation>rândul {number}</translation>
    </message>
    <message>
        <location line="+149" />
        <source>The file {path} was not imported ({place}): {problem}. Nothing was added.</source>
        <translation>Fișierul {path} nu a fost importat ({place}): {problem}. Nu s-a adăugat nimic.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file {path} was not imported: {problem}. Nothing was added.</source>
        <translation>Fișierul {path} nu a fost importat: {problem}. Nu s-a adăugat nimic.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The file {path} could not be imported because of a problem the app did not expect ({reason}). Nothing was added. Please tell the developers.</source>
        <translation>Fișierul {path} nu a putut fi importat din cauza unei probleme pe care aplicația nu o aștepta ({reason}). Nu s-a adăugat nimic. Vă rugăm să le spuneți dezvoltatorilor.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The format of {path} is not known: choose a .json or a .csv file.</source>
        <translation>Formatul fișierului {path} nu este cunoscut: alegeți un fișier .json sau .csv.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The file {path} cannot be used: {reason}.</source>
        <translation>Fișierul {path} nu poate fi folosit: {reason}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The starter questions in {path} could not be loaded: {reason}.</source>
        <translation>Întrebările de pornire din {path} nu au putut fi încărcate: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/session/errors.py" line="+33" />
        <source>A session needs a question: type one, or pick one from the bank.</source>
        <translation>O sesiune are nevoie de o întrebare: scrieți una sau alegeți una din bancă.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No session is running.</source>
        <translation>Nicio sesiune nu este în desfășurare.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session {number} does not exist; it may have been deleted.</source>
        <translation>Sesiunea {number} nu există; poate a fost ștearsă.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/bank/errors.py" line="+13" />
        <source>This question is no longer in the bank; it may have been deleted.</source>
        <translation>Această întrebare nu mai este în bancă; poate a fost ștearsă.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/session/errors.py" line="+15" />
        <source>The session could not be saved ({reason}). The timer goes on; the next change will try to save again. Check that the disk is not full.</source>
        <translation>Sesiunea nu a putut fi salvată ({reason}). Cronometrul merge mai departe; la următoarea schimbare se va încerca din nou salvarea. Verificați dacă discul nu este plin.</translation>
    </message>
    <message>
        <location line="-44" />
        <source>The plan is not valid: each phase lasts 1 to 600 minutes, and counts are 0 to 999.</source>
        <translation>Planul nu este valid: fiecare etapă durează între 1 și 600 de minute, iar numerele sunt între 0 și 999.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/findings/errors.py" line="+18" />
        <source>The group's name</source>
        <translation>Numele grupului</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The number of children in the group</source>
        <translation>Numărul de copii din grup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The first names</source>
        <translation>Prenumele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What went well</source>
        <translation>Ce a mers bine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to try next</source>
        <translation>Ce încercăm data viitoare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What we found</source>
        <translation>Ce am găsit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where we found it</source>
        <translation>Unde am găsit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How sure we are</source>
        <translation>Cât de siguri suntem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our new questions</source>
        <translation>Întrebările noastre noi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The number of children</source>
        <translation>Numărul de copii</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The number of computers</source>
        <translation>Numărul de calculatoare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The number of groups</source>
        <translation>Numărul de grupuri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why (the objective)</source>
        <translation>De ce (obiectivul)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engagement</source>
        <translation>Implicare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaboration</source>
        <translation>Colaborare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use of technology</source>
        <translation>Folosirea tehnologiei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Communication</source>
        <translation>Comunicare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to change next time</source>
        <translation>Ce schimbăm data viitoare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The notes</source>
        <translation>Notele</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{field} cannot be empty.</source>
        <translation>Câmpul „{field}” nu poate fi gol.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} must be text.</source>
        <translation>Câmpul „{field}” trebuie să fie text.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} is longer than {value} characters.</source>
        <translation>Câmpul „{field}” are mai mult de {value} de caractere.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} must be a list.</source>
        <translation>Câmpul „{field}” trebuie să fie o listă.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} has more than {value} items.</source>
        <translation>Câmpul „{field}” are mai mult de {value} de elemente.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} must be a whole number.</source>
        <translation>Câmpul „{field}” trebuie să fie un număr întreg.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} must be from {low} to {high}, not {given}.</source>
        <translation>Câmpul „{field}” trebuie să fie între {low} și {high}, nu {given}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{field} must be one of: {value}.</source>
        <translation>Câmpul „{field}” trebuie să fie unul dintre: {value}.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>This group is no longer in the session; it may have been removed or merged.</source>
        <translation>Acest grup nu mai este în sesiune; poate a fost șters sau unit cu alt grup.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A group cannot be merged into itself.</source>
        <translation>Un grup nu poate fi unit cu el însuși.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups of two different sessions cannot be merged.</source>
        <translation>Grupurile din două sesiuni diferite nu pot fi unite.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This group is already back in the session.</source>
        <translation>Acest grup a fost deja readus în sesiune.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This note no longer exists; it may have been deleted.</source>
        <translation>Această notă nu mai există; poate a fost ștearsă.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>What the groups typed could not be saved ({reason}). It is still on the screen, and the next change will try to save again. Check that the disk is not full.</source>
        <translation>Ce au scris grupurile nu a putut fi salvat ({reason}). Textul este încă pe ecran, iar la următoarea schimbare se va încerca din nou salvarea. Verificați dacă discul nu este plin.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>“{name}” has findings now, so adding it is not undone. To take the group away, use “Remove the group”.</source>
        <translation>„{name}” are deja descoperiri, așa că adăugarea lui nu se anulează. Pentru a scoate grupul, folosiți „Elimină grupul”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Children have written in “{name}” since the groups were merged, so the merge is not undone: their words would be lost.</source>
        <translation>Copiii au scris în „{name}” după unirea grupurilor, așa că unirea nu se anulează: cuvintele lor s-ar pierde.</translation>
    </message>
    <message>
        <location filename="../../sole_app/web/errors.py" line="+27" />
        <source>Port {port} is already in use on this computer, perhaps by another program. Choose another port in Settings (Group devices), then turn the group page on again.</source>
        <translation>Portul {port} este deja folosit pe acest calculator, poate de alt program. Alegeți alt port în Setări (Dispozitivele grupurilor), apoi porniți din nou pagina grupurilor.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The group page cannot use port {port} ({reason}). Choose a port from {low} to {high} in Settings (Group devices).</source>
        <translation>Pagina grupurilor nu poate folosi portul {port} ({reason}). Alegeți un port de la {low} la {high} în Setări (Dispozitivele grupurilor).</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/exports/errors.py" line="+32" />
        <source>{file} was not saved: the folder {folder} does not exist.</source>
        <translation>{file} nu a fost salvat: dosarul {folder} nu există.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file} was not saved: the folder {folder} cannot be written to, or the file is open in another program.</source>
        <translation>{file} nu a fost salvat: în dosarul {folder} nu se poate scrie sau fișierul este deschis în alt program.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{file} was not saved because the disk is full; free some space or choose another disk, and any older {file} there is unchanged.</source>
        <translation>{file} nu a fost salvat pentru că discul este plin; eliberați spațiu sau alegeți alt disc, iar un {file} mai vechi de acolo a rămas neschimbat.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{file} was not saved in {folder} ({reason}).</source>
        <translation>{file} nu a fost salvat în {folder} ({reason}).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No session was chosen or none is in those dates, so nothing was exported.</source>
        <translation>Nu a fost aleasă nicio sesiune sau nu există sesiuni în acele zile, așa că nu s-a exportat nimic.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A PDF cannot be made here; export as HTML and print that instead.</source>
        <translation>Aici nu se poate face un PDF; exportați ca pagină web (HTML) și tipăriți-o pe aceea.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/history/errors.py" line="+24" />
        <source>session {session}</source>
        <translation>sesiunea {session}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>session {session}, phase {number}</source>
        <translation>sesiunea {session}, etapa {number}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>session {session}, group {number}</source>
        <translation>sesiunea {session}, grupul {number}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>session {session}, note {number}</source>
        <translation>sesiunea {session}, nota {number}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>session {session}, the reflection</source>
        <translation>sesiunea {session}, reflecția</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it is not JSON text (line {line}, column {column}).</source>
        <translation>nu este text JSON (rândul {line}, coloana {column}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is not text in UTF-8.</source>
        <translation>nu este text în UTF-8.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is larger than {value} MB.</source>
        <translation>este mai mare de {value} MB.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is nested too deeply to be a session file.</source>
        <translation>are prea multe niveluri pentru a fi un fișier de sesiuni.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is not a SOLE Facilitator session file.</source>
        <translation>nu este un fișier de sesiuni SOLE Facilitator.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it was made by a newer version of SOLE Facilitator (format version {value}).</source>
        <translation>a fost făcut de o versiune mai nouă a SOLE Facilitator (versiunea formatului {value}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it holds no session.</source>
        <translation>nu conține nicio sesiune.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} is missing.</source>
        <translation>{field} lipsește.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} does not have the expected shape.</source>
        <translation>{field} nu are forma așteptată.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} is not a valid identifier.</source>
        <translation>{field} nu este un identificator valid.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} is used twice in the file.</source>
        <translation>{field} apare de două ori în fișier.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} is not a valid date and time.</source>
        <translation>{field} nu este o dată și o oră valide.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>; and more</source>
        <translation>; și altele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file {file} was refused and nothing was imported: {problems}.</source>
        <translation>Fișierul {file} a fost refuzat și nu s-a importat nimic: {problems}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The file {file} could not be read ({reason}).</source>
        <translation>Fișierul {file} nu a putut fi citit ({reason}).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The sessions could not be changed ({reason}); nothing was changed. Check that the disk is not full.</source>
        <translation>Sesiunile nu au putut fi modificate ({reason}); nu s-a schimbat nimic. Verificați că discul nu este plin.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/engine.py" line="+45" />
        <source>The change was not saved in {path}: {reason}. Everything saved before is unchanged; free some space on the disk, then try again.</source>
        <translation>Modificarea nu a fost salvată în {path}: {reason}. Tot ce s-a salvat înainte a rămas neschimbat; eliberați spațiu pe disc, apoi încercați din nou.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../sole_app/core/exports/labels.py" line="+10" />
        <source>SOLE session</source>
        <translation>Sesiune SOLE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SOLE sessions</source>
        <translation>Sesiuni SOLE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Big question</source>
        <translation>Marea întrebare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This session had not ended when it was exported.</source>
        <translation>Sesiunea nu se încheiase când a fost exportată.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not known</source>
        <translation>necunoscută</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} din {pages}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with SOLE Facilitator on {date}</source>
        <translation>Realizat cu SOLE Facilitator la {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan and phases</source>
        <translation>Planul și etapele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned: {children} children, {computers} computers, {groups} groups</source>
        <translation>Planificat: copii {children}, calculatoare {computers}, grupuri {groups}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phase</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extra time</source>
        <translation>Timp în plus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As run</source>
        <translation>Cât a durat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not run</source>
        <translation>nedesfășurată</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Question</source>
        <translation>Întrebare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investigation</source>
        <translation>Investigație</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Prezentare</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+27" />
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location line="-26" />
        <source>No group was recorded.</source>
        <translation>Nu a fost înregistrat niciun grup.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children: {count}</source>
        <translation>Copii: {count}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First names</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+70" />
        <source>What we found</source>
        <translation>Ce am găsit</translation>
    </message>
    <message>
        <location line="-69" />
        <source>Where we found it</source>
        <translation>Unde am găsit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How sure we are</source>
        <translation>Cât de siguri suntem</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+70" />
        <source>Our new questions</source>
        <translation>Întrebările noastre noi</translation>
    </message>
    <message>
        <location line="-69" />
        <source>What went well</source>
        <translation>Ce a mers bine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to try next</source>
        <translation>Ce încercăm data viitoare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not sure</source>
        <translation>Nu suntem siguri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fairly sure</source>
        <translation>Destul de siguri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very sure</source>
        <translation>Foarte siguri</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not said</source>
        <translation>nespecificat</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+20" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-19" />
        <source>No notes were written.</source>
        <translation>Nu s-au scris note.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outside the phases</source>
        <translation>în afara etapelor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{phase}, after {time}</source>
        <translation>{phase}, după {time}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reflection</source>
        <translation>Reflecție</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No reflection was written.</source>
        <translation>Nu s-a scris nicio reflecție.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Children</source>
        <translation>Copii</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computers</source>
        <translation>Calculatoare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content objective reached</source>
        <translation>Obiectivul de conținut atins</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main kind of thinking</source>
        <translation>Tipul principal de gândire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engaged</source>
        <translation>Implicați</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaborating</source>
        <translation>Colaborând</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Using technology well</source>
        <translation>Folosind bine tehnologia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Communicating</source>
        <translation>Comunicând</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreements followed</source>
        <translation>Înțelegerile respectate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to change next time</source>
        <translation>Ce schimbăm data viitoare</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{percent}% of the children</source>
        <translation>{percent}% dintre copii</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+14" />
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+12" />
        <source>Partly</source>
        <translation>Parțial</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Mostly</source>
        <translation>În mare parte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fully</source>
        <translation>În întregime</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recall</source>
        <translation>Reamintire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skills and concepts</source>
        <translation>Deprinderi și concepte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategic thinking</source>
        <translation>Gândire strategică</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extended thinking</source>
        <translation>Gândire extinsă</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{phase}: minutes planned</source>
        <translation>{phase}: minute planificate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{phase}: minutes as run</source>
        <translation>{phase}: minute efective</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{phase}: extra minutes</source>
        <translation>{phase}: minute în plus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extra minutes in all</source>
        <translation>Minute în plus, în total</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} planned</source>
        <translation>{what} planificat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups recorded</source>
        <translation>Grupuri înregistrate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} (%)</source>
        <translation>{what} (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session ID</source>
        <translation>ID-ul sesiunii</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Our group's findings</source>
        <translation>Constatările grupului nostru</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our group's name</source>
        <translation>Numele grupului nostru</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our question</source>
        <translation>Întrebarea noastră</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where we found it (websites, books, people)</source>
        <translation>Unde am găsit (site-uri, cărți, oameni)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How sure we are (tick one)</source>
        <translation>Cât de siguri suntem (bifați una)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../sole_app/ui/history/export_dialog.py" line="+52" />
        <location line="+94" />
        <source>Export sessions</source>
        <translation>Exportă sesiuni</translation>
    </message>
    <message numerus="yes">
        <location line="-92" />
        <source>Chosen in the list: %n session(s)</source>
        <translation>
            <numerusform>Aleasă în listă: %n sesiune</numerusform>
            <numerusform>Alese în listă: %n sesiuni</numerusform>
            <numerusform>Alese în listă: %n de sesiuni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every session of these days:</source>
        <translation>Toate sesiunile din aceste zile:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Include the children's first names</source>
        <translation>Include prenumele copiilor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left out unless ticked: the file may leave this computer</source>
        <translation>Lăsate deoparte dacă nu bifați: fișierul poate pleca de pe acest calculator</translation>
    </message>
    <message>
        <location line="+19" />
        <source>PDF, to print or send (.pdf)</source>
        <translation>PDF, de tipărit sau de trimis (.pdf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page, to read or print (.html)</source>
        <translation>Pagină web, de citit sau de tipărit (.html)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text with Markdown (.md)</source>
        <translation>Text cu Markdown (.md)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spreadsheet for the programme's reports (.csv)</source>
        <translation>Tabel pentru rapoartele programului (.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup, to move to another computer (.json)</source>
        <translation>Copie de siguranță, de mutat pe alt calculator (.json)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Format</source>
        <translation>Formatul</translation>
    </message>
</context>
<context>
    <name>ExportSteps</name>
    <message>
        <location filename="../../sole_app/ui/history/steps.py" line="+36" />
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exporting</source>
        <translation>Se exportă</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../sole_app/ui/bank/filters.py" line="+70" />
        <source>All languages</source>
        <translation>Toate limbile</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Any age</source>
        <translation>Orice vârstă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age </source>
        <translation>Vârsta </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only questions suitable for this age</source>
        <translation>Doar întrebările potrivite pentru această vârstă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>★ Only favourites</source>
        <translation>★ Doar preferatele</translation>
    </message>
    <message>
        <location line="+45" />
        <source>All tags</source>
        <translation>Toate etichetele</translation>
    </message>
</context>
<context>
    <name>FindingsActions</name>
    <message>
        <location filename="../../sole_app/ui/findings/actions.py" line="+21" />
        <source>&amp;Add a group…</source>
        <translation>&amp;Adaugă un grup…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new group, with a name the children like</source>
        <translation>Un grup nou, cu un nume care le place copiilor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Change the group…</source>
        <translation>&amp;Modifică grupul…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename the group or change how many children it has</source>
        <translation>Redenumiți grupul sau schimbați câți copii are</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove the group…</source>
        <translation>&amp;Elimină grupul…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the group and what it found (Undo brings it back)</source>
        <translation>Eliminați grupul și ce a găsit (Anulează îl aduce înapoi)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Merge into another group…</source>
        <translation>&amp;Unește cu alt grup…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Two groups became one: keep everything both found</source>
        <translation>Două grupuri au devenit unul: se păstrează tot ce au găsit amândouă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move &amp;up</source>
        <translation>Mută în &amp;sus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the group up the list</source>
        <translation>Mutați grupul mai sus în listă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move &amp;down</source>
        <translation>Mută în &amp;jos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the group down the list</source>
        <translation>Mutați grupul mai jos în listă</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Group turn</source>
        <comment>menu</comment>
        <translation>&amp;Rândul grupului</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill the laptop's screen with one group's record, for the children to type in (F6)</source>
        <translation>Fișa unui grup pe tot ecranul laptopului, ca să scrie copiii în ea (F6)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ne&amp;w note…</source>
        <translation>N&amp;otă nouă…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write down what you notice, with the phase and the time (Ctrl+N)</source>
        <translation>Notați ce observați, cu etapa și ora (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;flection on the last session…</source>
        <translation>Re&amp;flecție asupra ultimei sesiuni…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your reflection on how the session went: counts, objective, thinking, engagement</source>
        <translation>Reflecția dumneavoastră despre cum a decurs sesiunea: numere, obiectiv, gândire, implicare</translation>
    </message>
</context>
<context>
    <name>FindingsFeature</name>
    <message>
        <location filename="../../sole_app/ui/findings/wiring.py" line="+96" />
        <source>No session has run yet.</source>
        <translation>Nu a avut loc încă nicio sesiune.</translation>
    </message>
</context>
<context>
    <name>FindingsWiring</name>
    <message>
        <location line="-35" />
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+45" />
        <source>&amp;Groups</source>
        <translation>&amp;Grupuri</translation>
    </message>
</context>
<context>
    <name>FindingsWords</name>
    <message>
        <location filename="../../sole_app/ui/findings/words.py" line="+29" />
        <source>Not sure</source>
        <translation>Nu suntem siguri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fairly sure</source>
        <translation>Destul de siguri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very sure</source>
        <translation>Foarte siguri</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grup</numerusform>
            <numerusform>%n grupuri</numerusform>
            <numerusform>%n de grupuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n copil</numerusform>
            <numerusform>%n copii</numerusform>
            <numerusform>%n de copii</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Owls</source>
        <comment>group name</comment>
        <translation>Bufnițele</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Foxes</source>
        <comment>group name</comment>
        <translation>Vulpile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dolphins</source>
        <comment>group name</comment>
        <translation>Delfinii</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Eagles</source>
        <comment>group name</comment>
        <translation>Vulturii</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bees</source>
        <comment>group name</comment>
        <translation>Albinele</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hedgehogs</source>
        <comment>group name</comment>
        <translation>Aricii</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wolves</source>
        <comment>group name</comment>
        <translation>Lupii</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Squirrels</source>
        <comment>group name</comment>
        <translation>Veverițele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comets</source>
        <comment>group name</comment>
        <translation>Cometele</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stars</source>
        <comment>group name</comment>
        <translation>Stelele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planets</source>
        <comment>group name</comment>
        <translation>Planetele</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rockets</source>
        <comment>group name</comment>
        <translation>Rachetele</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Group {number}</source>
        <translation>Grupul {number}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Outside the phases</source>
        <translation>În afara etapelor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{phase} {time}</source>
        <translation>{phase} {time}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../sole_app/ui/findings/group_dialog.py" line="+48" />
        <source>How many children (leave at — if you do not want to count)</source>
        <translation>Câți copii (lăsați — dacă nu vreți să numărați)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ana, Ion, Maria</source>
        <translation>Ana, Ion, Maria</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Group name</source>
        <translation>Numele grupului</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children</source>
        <translation>Copii</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First names</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First names only, separated by commas; never surnames.</source>
        <translation>Doar prenume, despărțite prin virgule; niciodată nume de familie.</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../sole_app/web/words.py" line="+23" />
        <source>Our group's findings</source>
        <translation>Ce a găsit grupa noastră</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This page needs JavaScript. Turn it on in the browser's settings.</source>
        <translation>Această pagină are nevoie de JavaScript. Porniți-l din setările browserului.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which group are you?</source>
        <translation>Ce grupă sunteți?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No groups yet. Start yours below.</source>
        <translation>Încă nu este nicio grupă. Porniți-o pe a voastră mai jos.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or start a new group</source>
        <translation>Sau porniți o grupă nouă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your group's name (a nickname, not your names)</source>
        <translation>Numele grupei (o poreclă, nu numele voastre)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the group</source>
        <translation>Pornește grupa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our group:</source>
        <translation>Grupa noastră:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change group</source>
        <translation>Altă grupă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What we found</source>
        <translation>Ce am găsit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write it in your own words. *Stars* make words stand out.</source>
        <translation>Scrieți cu cuvintele voastre. *Steluțele* scot cuvintele în evidență.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How it looks</source>
        <translation>Cum arată</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where we found it</source>
        <translation>Unde am găsit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One per line: a website, a book, a person we asked.</source>
        <translation>Câte unul pe rând: un site, o carte, o persoană pe care am întrebat-o.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How sure are we?</source>
        <translation>Cât de siguri suntem?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not sure</source>
        <translation>Nu suntem siguri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fairly sure</source>
        <translation>Destul de siguri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very sure</source>
        <translation>Foarte siguri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our new questions</source>
        <translation>Întrebările noastre noi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One question per line.</source>
        <translation>Câte o întrebare pe rând.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved on the librarian's computer.</source>
        <translation>Salvat pe calculatorul bibliotecii.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No connection. Your words are kept on this device and will be sent when the connection is back.</source>
        <translation>Nu există conexiune. Ce ați scris rămâne pe acest dispozitiv și va fi trimis când revine conexiunea.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Another device of your group wrote too. Its words are here now.</source>
        <translation>A scris și alt dispozitiv al grupei voastre. Cuvintele lui sunt acum aici.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another device of your group changed the same words. Both versions are kept, one after the other: read them and keep what you want.</source>
        <translation>Alt dispozitiv al grupei voastre a schimbat aceleași cuvinte. Ambele variante sunt păstrate, una după alta: citiți-le și păstrați ce vreți.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too fast. Wait a moment; nothing is lost.</source>
        <translation>Prea repede. Așteptați puțin; nu se pierde nimic.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is too long to send. Make it shorter.</source>
        <translation>Textul este prea lung pentru a fi trimis. Scurtați-l.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose your group again. Your words are kept on this device.</source>
        <translation>Alegeți din nou grupa. Ce ați scris rămâne pe acest dispozitiv.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your group is no longer in the session (the librarian may have joined it with another). Your words are kept on this device: choose a group.</source>
        <translation>Grupa voastră nu mai este în sesiune (poate a fost unită cu alta). Ce ați scris rămâne pe acest dispozitiv: alegeți o grupă.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This address is no longer open. Ask the librarian for the new one.</source>
        <translation>Această adresă nu mai este deschisă. Cereți adresa nouă.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not saved yet. Your words are kept on this device and will be sent again.</source>
        <translation>Încă nu s-a salvat. Ce ați scris rămâne pe acest dispozitiv și va fi trimis din nou.</translation>
    </message>
</context>
<context>
    <name>GroupPageController</name>
    <message>
        <location filename="../../sole_app/ui/grouppage/controller.py" line="+167" />
        <source>Start a session first: then groups can type from their devices.</source>
        <translation>Porniți întâi o sesiune: apoi grupele pot scrie de pe dispozitivele lor.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Off: nothing on this computer listens to the network.</source>
        <translation>Oprită: nimic de pe acest calculator nu ascultă rețeaua.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>On. Devices joined: {devices}. It goes off when the session ends.</source>
        <translation>Pornită. Dispozitive conectate: {devices}. Se oprește când se încheie sesiunea.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Port {port}; port {new} from the next time the page is turned on.</source>
        <translation>Portul {port}; portul {new} de data viitoare când porniți pagina.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Port {port} (change it in Settings; keep it the same from session to session).</source>
        <translation>Portul {port} (îl puteți schimba în Setări; păstrați-l același de la o sesiune la alta).</translation>
    </message>
</context>
<context>
    <name>GroupPagePanel</name>
    <message>
        <location filename="../../sole_app/ui/grouppage/panel.py" line="+56" />
        <source>Let groups type from their devices</source>
        <translation>Grupele scriu de pe dispozitivele lor</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each group opens the address on its tablet, phone or computer, on the same Wi-Fi as this laptop, and types what it found. Nothing goes to the internet, and the page closes when the session ends.</source>
        <translation>Fiecare grupă deschide adresa pe tableta, telefonul sau calculatorul ei, în aceeași rețea Wi-Fi ca acest laptop, și scrie ce a găsit. Nimic nu pleacă pe internet, iar pagina se închide când se încheie sesiunea.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Show the address and QR code on the projector</source>
        <translation>Arată adresa și codul QR pe proiector</translation>
    </message>
    <message>
        <location line="+36" />
        <source>What the groups are writing</source>
        <translation>Ce scriu grupele</translation>
    </message>
    <message numerus="yes">
        <location line="+51" />
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispozitiv</numerusform>
            <numerusform>%n dispozitive</numerusform>
            <numerusform>%n de dispozitive</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>no device</source>
        <translation>niciun dispozitiv</translation>
    </message>
    <message>
        <location line="+5" />
        <source>two devices changed the same words: both kept</source>
        <translation>două dispozitive au schimbat aceleași cuvinte: ambele variante păstrate</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sources: {sources} · new questions: {questions}</source>
        <translation>Surse: {sources} · întrebări noi: {questions}</translation>
    </message>
</context>
<context>
    <name>GroupPageWiring</name>
    <message>
        <location filename="../../sole_app/app.py" line="-106" />
        <location filename="../../sole_app/ui/grouppage/wiring.py" line="+33" />
        <source>Group devices</source>
        <translation>Dispozitivele grupurilor</translation>
    </message>
</context>
<context>
    <name>GroupTurnWindow</name>
    <message>
        <location filename="../../sole_app/ui/findings/group_turn.py" line="+110" />
        <source>The previous group</source>
        <translation>Grupul anterior</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next group ▶</source>
        <translation>Grupul următor ▶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done (Esc)</source>
        <translation>Gata (Esc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave group turn; everything is saved</source>
        <translation>Închideți rândul grupului; totul este salvat</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Group {number} of {count}</source>
        <translation>Grupul {number} din {count}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group turn: {name}</source>
        <translation>Rândul grupului: {name}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not started</source>
        <translation>Neînceput</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{phase} · {time}</source>
        <translation>{phase} · {time}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{clock} · paused</source>
        <translation>{clock} · în pauză</translation>
    </message>
</context>
<context>
    <name>GroupsController</name>
    <message>
        <location filename="../../sole_app/ui/findings/groups_controller.py" line="+97" />
        <source>*Nothing written yet. Group turn (F6) lets the children type.*</source>
        <translation>*Nimic scris încă. La rândul grupului (F6) scriu copiii.*</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What we found</source>
        <translation>Ce am găsit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Where we found it</source>
        <translation>Unde am găsit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How sure we are:</source>
        <translation>Cât de siguri suntem:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Our new questions</source>
        <translation>Întrebările noastre noi</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add a group</source>
        <translation>Adaugă un grup</translation>
    </message>
    <message>
        <location line="+5" />
        <source>add group “{name}”</source>
        <translation>adăugarea grupului „{name}”</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Change the group</source>
        <translation>Modifică grupul</translation>
    </message>
    <message>
        <location line="+5" />
        <source>rename group “{name}”</source>
        <translation>redenumirea grupului „{name}”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change group “{name}”</source>
        <translation>modificarea grupului „{name}”</translation>
    </message>
    <message>
        <location line="+19" />
        <source>remove group “{name}”</source>
        <translation>eliminarea grupului „{name}”</translation>
    </message>
    <message>
        <location line="+14" />
        <source>merge “{source}” into “{target}”</source>
        <translation>unirea „{source}” cu „{target}”</translation>
    </message>
    <message>
        <location line="+13" />
        <source>move group “{name}”</source>
        <translation>mutarea grupului „{name}”</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Add a group first: group turn shows one group's record.</source>
        <translation>Adăugați mai întâi un grup: rândul grupului arată fișa unui grup.</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../sole_app/ui/findings/groups_panel.py" line="+55" />
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location line="+71" />
        <source>For the next session: set the groups up now, or once it runs.</source>
        <translation>Pentru sesiunea următoare: pregătiți grupurile acum sau după ce începe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Children change groups freely: add, merge or remove groups at any time.</source>
        <translation>Copiii schimbă grupurile liber: adăugați, uniți sau eliminați grupuri oricând.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Remove the group?</source>
        <translation>Eliminați grupul?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove “{name}” and everything it found?

You can bring it back with Undo (Ctrl+Z).</source>
        <translation>Eliminați „{name}” și tot ce a găsit?

Îl puteți aduce înapoi cu Anulează (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Merge groups</source>
        <translation>Uniți grupurile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The children of “{name}” joined which group? It keeps everything both groups found.</source>
        <translation>La ce grup s-au alăturat copiii din „{name}”? Grupul păstrează tot ce au găsit amândouă.</translation>
    </message>
</context>
<context>
    <name>HiddenMatchesBar</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/bank/hidden.py" line="+38" />
        <source>%n more question(s) in other languages</source>
        <translation>
            <numerusform>Încă %n întrebare în alte limbi</numerusform>
            <numerusform>Încă %n întrebări în alte limbi</numerusform>
            <numerusform>Încă %n de întrebări în alte limbi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show all languages</source>
        <translation>Arată toate limbile</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n more question(s) hidden by the filters</source>
        <translation>
            <numerusform>Încă %n întrebare este ascunsă de filtre</numerusform>
            <numerusform>Încă %n întrebări sunt ascunse de filtre</numerusform>
            <numerusform>Încă %n de întrebări sunt ascunse de filtre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the filters</source>
        <translation>Șterge filtrele</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../../sole_app/ui/history/controller.py" line="+104" />
        <source>amend note “{text}”</source>
        <translation>modificarea notei „{text}”</translation>
    </message>
    <message>
        <location line="+6" />
        <source>delete note “{text}”</source>
        <translation>ștergerea notei „{text}”</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not changed</source>
        <translation>Nu s-a modificat</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Not deleted</source>
        <translation>Nu s-a șters</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The session was deleted, with everything of it.</source>
        <translation>Sesiunea a fost ștearsă, cu tot ce ținea de ea.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>import “{file}”</source>
        <translation>importul fișierului „{file}”</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Imported %n session(s) from {file}</source>
        <translation>
            <numerusform>S-a importat %n sesiune din {file}</numerusform>
            <numerusform>S-au importat %n sesiuni din {file}</numerusform>
            <numerusform>S-au importat %n de sesiuni din {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>; %n already here (not added again).</source>
        <translation>
            <numerusform>; %n exista deja (nu s-a adăugat din nou).</numerusform>
            <numerusform>; %n existau deja (nu s-au adăugat din nou).</numerusform>
            <numerusform>; %n de sesiuni existau deja (nu s-au adăugat din nou).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import sessions</source>
        <translation>Importă sesiuni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session backups (*.json)</source>
        <translation>Copii de siguranță ale sesiunilor (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>Exporting %n session(s) to {file}…</source>
        <translation>
            <numerusform>Se exportă %n sesiune în {file}…</numerusform>
            <numerusform>Se exportă %n sesiuni în {file}…</numerusform>
            <numerusform>Se exportă %n de sesiuni în {file}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Exported %n session(s) to {file}.</source>
        <translation>
            <numerusform>S-a exportat %n sesiune în {file}.</numerusform>
            <numerusform>S-au exportat %n sesiuni în {file}.</numerusform>
            <numerusform>S-au exportat %n de sesiuni în {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export failed</source>
        <translation>Exportul nu a reușit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export cancelled: nothing was saved.</source>
        <translation>Export anulat: nu s-a salvat nimic.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not saved</source>
        <translation>Nu s-a salvat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved {file}.</source>
        <translation>S-a salvat {file}.</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../sole_app/ui/history/filters.py" line="+28" />
        <source>Search questions, findings and notes…</source>
        <translation>Căutați în întrebări, constatări și note…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the sessions</source>
        <translation>Căutați în sesiuni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From any day</source>
        <translation>Din orice zi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only sessions from this day on</source>
        <translation>Doar sesiunile din această zi încolo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To any day</source>
        <translation>Până în orice zi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only sessions up to this day</source>
        <translation>Doar sesiunile până în această zi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All languages</source>
        <translation>Toate limbile</translation>
    </message>
    <message>
        <location line="+53" />
        <source>All tags</source>
        <translation>Toate etichetele</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../sole_app/ui/history/page.py" line="+81" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportă…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the chosen session, or the sessions of some days, as PDF, web page, Markdown, spreadsheet or backup</source>
        <translation>Salvați sesiunea aleasă sau sesiunile din anumite zile ca PDF, pagină web, Markdown, tabel sau copie de siguranță</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import…</source>
        <translation>&amp;Importă…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the sessions of a backup (.json) from another computer</source>
        <translation>Adăugați sesiunile dintr-o copie de siguranță (.json) de pe alt calculator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete…</source>
        <translation>Ș&amp;terge…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+107" />
        <source>Delete the chosen session and everything of it, for good</source>
        <translation>Ștergeți definitiv sesiunea aleasă și tot ce ține de ea</translation>
    </message>
    <message>
        <location line="-105" />
        <source>&amp;Printables…</source>
        <translation>&amp;Fișe de tipărit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A question card and a group recording sheet to print, for days without a projector</source>
        <translation>Un cartonaș cu întrebarea și o fișă de lucru pentru grupuri, de tipărit pentru zilele fără proiector</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Histor&amp;y</source>
        <translation>&amp;Istoric</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Past sessions</source>
        <translation>Sesiunile trecute</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The chosen session</source>
        <translation>Sesiunea aleasă</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Amend note…</source>
        <translation>&amp;Modifică nota…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete no&amp;te</source>
        <translation>Șterge n&amp;ota</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit the &amp;reflection…</source>
        <translation>Editează &amp;reflecția…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesiune</numerusform>
            <numerusform>%n sesiuni</numerusform>
            <numerusform>%n de sesiuni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>No session is chosen. Sessions appear here once they have started.</source>
        <translation>Nu este aleasă nicio sesiune. Sesiunile apar aici după ce au început.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This session is running: finish it on the Session tab first</source>
        <translation>Această sesiune este în desfășurare: încheiați-o mai întâi în fila Sesiune</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Amend the note</source>
        <translation>Modificați nota</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete the session?</source>
        <translation>Ștergeți sesiunea?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the session “{question}” and everything of it: its groups, findings, notes and reflection?

This cannot be undone. Export it first if you may need it again.</source>
        <translation>Ștergeți sesiunea „{question}” și tot ce ține de ea: grupurile, constatările, notele și reflecția?

Acest lucru nu poate fi anulat. Exportați-o mai întâi dacă s-ar putea să aveți nevoie de ea.</translation>
    </message>
</context>
<context>
    <name>HistoryRows</name>
    <message>
        <location filename="../../sole_app/ui/history/rows.py" line="+24" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Big question</source>
        <translation>Marea întrebare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reflection</source>
        <translation>Reflecție</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Minutes planned → as run (from the first start to the end)</source>
        <translation>Minute planificate → efective (de la primul început până la sfârșit)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content objective reached · children engaged / collaborating / using technology well / communicating</source>
        <translation>Obiectivul de conținut atins · copii implicați / colaborând / folosind bine tehnologia / comunicând</translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <location filename="../../sole_app/app.py" line="-1" />
        <location filename="../../sole_app/ui/history/wiring.py" line="+33" />
        <source>History</source>
        <translation>Istoric</translation>
    </message>
</context>
<context>
    <name>JoinCardView</name>
    <message>
        <location filename="../../sole_app/ui/stage/join.py" line="+109" />
        <source>Scan the code or type the address</source>
        <translation>Scanați codul sau scrieți adresa</translation>
    </message>
</context>
<context>
    <name>LanguageChange</name>
    <message>
        <location filename="../../sole_app/ui/i18n.py" line="+135" />
        <source>Language</source>
        <translation>Limba interfeței</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new language will be used the next time you start SOLE Facilitator. A session is running now, so the window stays as it is.</source>
        <translation>Noua limbă va fi folosită la următoarea pornire a SOLE Facilitator. Acum se desfășoară o sesiune, așa că fereastra rămâne cum este.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../sole_app/ui/bank/languages.py" line="+17" />
        <source>Romanian</source>
        <translation>Română</translation>
    </message>
    <message>
        <location line="+0" />
        <source>English</source>
        <translation>Engleză</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Russian</source>
        <translation>Rusă</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ukrainian</source>
        <translation>Ucraineană</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hungarian</source>
        <translation>Maghiară</translation>
    </message>
    <message>
        <location line="+0" />
        <source>French</source>
        <translation>Franceză</translation>
    </message>
    <message>
        <location line="+1" />
        <source>German</source>
        <translation>Germană</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Spanish</source>
        <translation>Spaniolă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Italian</source>
        <translation>Italiană</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Portuguese</source>
        <translation>Portugheză</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bulgarian</source>
        <translation>Bulgară</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Polish</source>
        <translation>Poloneză</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turkish</source>
        <translation>Turcă</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Serbian</source>
        <translation>Sârbă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Greek</source>
        <translation>Greacă</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Czech</source>
        <translation>Cehă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slovak</source>
        <translation>Slovacă</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Croatian</source>
        <translation>Croată</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dutch</source>
        <translation>Neerlandeză</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Belarusian</source>
        <translation>Belarusă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Armenian</source>
        <translation>Armeană</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Georgian</source>
        <translation>Georgiană</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hebrew</source>
        <translation>Ebraică</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Arabic</source>
        <translation>Arabă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chinese</source>
        <translation>Chineză</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Japanese</source>
        <translation>Japoneză</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sole_app/ui/main_window.py" line="+69" />
        <source>Opening the database…</source>
        <translation>Se deschide baza de date…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the &amp;data folder</source>
        <translation>Deschide dosarul de &amp;date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About SOLE Facilitator</source>
        <translation>D&amp;espre SOLE Facilitator</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Default phase minutes, warnings, sound, projector screen, language</source>
        <translation>Durata obișnuită a etapelor, avertismente, sunet, ecranul proiectorului, limbă</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Data folder: {path}</source>
        <translation>Dosarul de date: {path}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Undone: {name}</source>
        <translation>Anulat: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redone: {name}</source>
        <translation>Refăcut: {name}</translation>
    </message>
    <message>
        <location line="+51" />
        <source>A session is running. End it, then restore the backup.</source>
        <translation>O sesiune este în desfășurare. Încheiați-o, apoi restaurați copia de rezervă.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Runs SOLE sessions: the big question on the projector, the phase timer, the groups' findings and a question bank.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;No data leaves this computer unless you export it, or turn on the group page for the devices in the room.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Vă ajută să țineți sesiuni SOLE: marea întrebare pe proiector, cronometrul etapelor, descoperirile grupurilor și o bancă de întrebări.&lt;/p&gt;&lt;p&gt;Program liber, sub Licența Publică Generală GNU, versiunea 3 sau ulterioară.&lt;/p&gt;&lt;p&gt;Dosarul de date: {folder}&lt;/p&gt;&lt;p&gt;Nicio informație nu pleacă de pe acest calculator decât dacă o exportați dumneavoastră sau porniți pagina grupurilor pentru dispozitivele din sală.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About SOLE Facilitator</source>
        <translation>Despre SOLE Facilitator</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot open the data</source>
        <translation>Datele nu pot fi deschise</translation>
    </message>
    <message>
        <location filename="../../sole_app/ui/staged.py" line="+31" />
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../sole_app/ui/findings/note_dialog.py" line="+25" />
        <source>What you noticed, in one line</source>
        <translation>Ce ați observat, într-un rând</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../sole_app/ui/findings/notes.py" line="+121" />
        <source>{when} — {text}</source>
        <translation>{when} — {text}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>add note “{text}”</source>
        <translation>adăugarea notei „{text}”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New note</source>
        <translation>Notă nouă</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Edit the note</source>
        <translation>Modifică nota</translation>
    </message>
    <message>
        <location line="+3" />
        <source>edit note “{text}”</source>
        <translation>modificarea notei „{text}”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>delete note “{text}”</source>
        <translation>ștergerea notei „{text}”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Nota a fost ștearsă. Anulează (Ctrl+Z) o aduce înapoi.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location line="-112" />
        <source>Only you see these notes: they never show on the projector.</source>
        <translation>Doar dumneavoastră vedeți aceste note: nu apar niciodată pe proiector.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
</context>
<context>
    <name>NotesPreview</name>
    <message>
        <location filename="../../sole_app/ui/bank/notes_preview.py" line="+22" />
        <source>Preview of the notes</source>
        <translation>Previzualizarea notelor</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../sole_app/ui/bank/notice.py" line="+19" />
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bring back the deleted question (Ctrl+Z)</source>
        <translation>Readuce întrebarea ștearsă (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>Hide this message</source>
        <translation>Ascunde acest mesaj</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../sole_app/ui/operations.py" line="+92" />
        <source>&amp;Redo {name}</source>
        <translation>&amp;Refă {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo {name}</source>
        <translation>&amp;Anulează {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../sole_app/ui/phases.py" line="+14" />
        <source>Question</source>
        <comment>phase</comment>
        <translation>Întrebare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investigation</source>
        <translation>Investigație</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <comment>phase</comment>
        <translation>Prezentare</translation>
    </message>
</context>
<context>
    <name>PrintablesDialog</name>
    <message>
        <location filename="../../sole_app/ui/history/printables_dialog.py" line="+32" />
        <source>Printables</source>
        <translation>Fișe de tipărit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The language of the sheet's headings</source>
        <translation>Limba titlurilor de pe fișă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question &amp;card (A4 landscape)…</source>
        <translation>&amp;Cartonaș cu întrebarea (A4 orizontal)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group &amp;recording sheet (A4)…</source>
        <translation>&amp;Fișă de lucru pentru grup (A4)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Big question</source>
        <translation>Marea întrebare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Save the printable</source>
        <translation>Salvați fișa</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../sole_app/ui/stage/projector.py" line="+38" />
        <source>{app}: projector</source>
        <translation>{app}: proiector</translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <location filename="../../sole_app/ui/bank/detail.py" line="+39" />
        <source>Question details</source>
        <translation>Detaliile întrebării</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a question on the left, or add one with New.</source>
        <translation>Alegeți o întrebare din stânga sau adăugați una cu Nouă.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Notes for the facilitator</source>
        <translation>Note pentru facilitator</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Translations</source>
        <translation>Traduceri</translation>
    </message>
    <message>
        <location line="+10" />
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Favourite</source>
        <translation>Preferată</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ages</source>
        <translation>Vârste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Sursa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last used</source>
        <translation>Folosită ultima dată</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed</source>
        <translation>Modificată</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../sole_app/ui/bank/editor.py" line="+59" />
        <source>A big question: open, difficult, interesting</source>
        <translation>O întrebare mare: deschisă, dificilă, interesantă</translation>
    </message>
    <message>
        <location line="+9" />
        <source>e.g. history, nature (separated by commas)</source>
        <translation>de ex. istorie, natură (separate prin virgule)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>to</source>
        <comment>ages: 8 to 12</comment>
        <translation>până la</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A story or picture to open with, follow-up questions… (Markdown: **bold**, - lists)</source>
        <translation>O poveste sau o imagine pentru început, întrebări care pot urma… (Markdown: **aldin**, - liste)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How the notes will look</source>
        <translation>Cum vor arăta notele</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who wrote it, or where it comes from</source>
        <translation>Cine a scris-o sau de unde provine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is a translation of the original question (link them)</source>
        <translation>Este traducerea întrebării originale (le leagă între ele)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Question:</source>
        <translation>Î&amp;ntrebare:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tags:</source>
        <translation>&amp;Etichete:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Ages:</source>
        <translation>&amp;Vârste:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Source:</source>
        <translation>&amp;Sursa:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save the question (Ctrl+Enter)</source>
        <translation>Salvează întrebarea (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>How they will look:</source>
        <translation>Cum vor arăta:</translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <location filename="../../sole_app/ui/bank/list_model.py" line="+112" />
        <source>{low}–{high} years</source>
        <translation>{low}–{high} ani</translation>
    </message>
    <message>
        <location line="+3" />
        <source>used {date}</source>
        <translation>folosită {date}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../sole_app/ui/findings/record_editor.py" line="+78" />
        <source>Write here what your group found…</source>
        <translation>Scrieți aici ce a găsit grupul vostru…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One per line: a web address, a book, a person</source>
        <translation>Câte unul pe rând: o adresă de internet, o carte, o persoană</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One question per line</source>
        <translation>Câte o întrebare pe rând</translation>
    </message>
    <message>
        <location line="+8" />
        <source>What we found</source>
        <translation>Ce am găsit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Preview</source>
        <translation>Cum arată</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Where we found it</source>
        <translation>Unde am găsit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our new questions</source>
        <translation>Întrebările noastre noi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>How sure are we?</source>
        <translation>Cât de siguri suntem?</translation>
    </message>
</context>
<context>
    <name>RecordSaver</name>
    <message>
        <location filename="../../sole_app/ui/findings/record_saver.py" line="+105" />
        <source>Someone else wrote here at the same time: both versions are kept, one after the other.</source>
        <translation>Altcineva a scris aici în același timp: se păstrează ambele variante, una după alta.</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../../sole_app/ui/findings/reflection_dialog.py" line="+53" />
        <source>Reflection on the session</source>
        <translation>Reflecție asupra sesiunii</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Skip for now</source>
        <translation>Mai târziu</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Children</source>
        <translation>Copii</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computers</source>
        <translation>Calculatoare</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How many there were</source>
        <translation>Câți au fost</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not reached</source>
        <translation>Neatins</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Partly</source>
        <translation>Parțial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mostly</source>
        <translation>În mare parte</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fully</source>
        <translation>Pe deplin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Was the objective reached?</source>
        <translation>A fost atins obiectivul?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why?</source>
        <translation>De ce?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recall: remembering facts</source>
        <translation>Reamintire: fapte memorate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skills and concepts</source>
        <translation>Abilități și concepte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategic thinking</source>
        <translation>Gândire strategică</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extended thinking</source>
        <translation>Gândire extinsă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main kind of thinking</source>
        <translation>Tipul principal de gândire</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Partly</source>
        <comment>agreements</comment>
        <translation>Parțial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Were the agreements followed?</source>
        <translation>Au fost respectate înțelegerile?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Engagement</source>
        <translation>Implicare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaboration</source>
        <translation>Colaborare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use of technology</source>
        <translation>Folosirea tehnologiei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Communication</source>
        <translation>Comunicare</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The share of children you saw engaged, collaborating, using technology well and communicating (0 to 100 %)</source>
        <translation>Ce parte dintre copii ați văzut implicați, colaborând, folosind bine tehnologia și comunicând (0 – 100 %)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>What to change next time</source>
        <translation>Ce schimbăm data viitoare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next time</source>
        <translation>Data viitoare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anything else</source>
        <translation>Orice altceva</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+41" />
        <source>edit the reflection</source>
        <translation>modificarea reflecției</translation>
    </message>
</context>
<context>
    <name>ReviewDriver</name>
    <message>
        <location filename="../../sole_app/ui/session/review.py" line="+115" />
        <source>A new question from the group “{group}”, in the review of a session.</source>
        <translation>O întrebare nouă a grupului „{group}”, din prezentarea unei sesiuni.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>send “{question}” to the bank</source>
        <translation>trimiterea întrebării „{question}” în bancă</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sent to the question bank as a draft: {question}</source>
        <translation>Trimisă în banca de întrebări, ca ciornă: {question}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>glow and grow</source>
        <translation>ce a mers bine și ce încercăm data viitoare</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Glow and grow saved.</source>
        <translation>Am salvat ce a mers bine și ce încercăm data viitoare.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../sole_app/ui/session/review_panel.py" line="+50" />
        <source>Show them on the projector</source>
        <translation>Arătați-le pe proiector</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Send the marked question to the bank</source>
        <translation>Trimiteți întrebarea aleasă în bancă</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What was good</source>
        <translation>Ce a mers bine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to try next</source>
        <translation>Ce încercăm data viitoare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save glow and grow</source>
        <translation>Salvați</translation>
    </message>
    <message>
        <location line="+10" />
        <source>In the Review the clicker walks it: Page Down or → shows the next group, then the new questions, then the question again; Page Up or ← goes back (before the first group: back to the Investigation). Keys 1 to 4: how many groups at once. B or . blacks out. The session ends only with End the session.</source>
        <translation>În Prezentare, telecomanda o parcurge: Page Down sau → arată grupul următor, apoi întrebările noi, apoi din nou întrebarea; Page Up sau ← merge înapoi (înainte de primul grup: înapoi la Investigație). Tastele 1–4: câte grupuri deodată. B sau . întunecă proiectorul. Sesiunea se încheie doar cu „Încheie sesiunea”.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Groups at once:</source>
        <translation>Grupuri deodată:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group:</source>
        <translation>Grupul:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Glow:</source>
        <translation>Ce a mers bine:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grow:</source>
        <translation>De încercat:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New questions (the one you choose is starred on the wall):</source>
        <translation>Întrebări noi (cea aleasă primește o stea pe perete):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Glow and grow, for each group (seen only here unless you tick this):</source>
        <translation>Ce a mers bine și ce încercăm data viitoare, pentru fiecare grup (le vedeți doar aici, dacă nu bifați):</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../sole_app/ui/stage/review.py" line="+104" />
        <source>Not said</source>
        <translation>Nespus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not sure</source>
        <translation>Nu suntem siguri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fairly sure</source>
        <translation>Destul de siguri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very sure</source>
        <translation>Foarte siguri</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Where we found it:</source>
        <translation>Unde am găsit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Glow:</source>
        <translation>Ce a mers bine:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Grow:</source>
        <translation>De încercat:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing written yet</source>
        <translation>Nimic scris încă</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Our new questions</source>
        <translation>Întrebările noastre noi</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No new questions yet</source>
        <translation>Încă nicio întrebare nouă</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Group {number} of {count}</source>
        <translation>Grupul {number} din {count}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Groups {first}–{last} of {count}</source>
        <translation>Grupurile {first}–{last} din {count}</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <location filename="../../sole_app/ui/stage/screensaver.py" line="+44" />
        <source>A SOLE session is running</source>
        <translation>O sesiune SOLE este în desfășurare</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../sole_app/ui/stage/screens.py" line="+136" />
        <source>Screen {number}: {name} ({width}×{height}), main screen</source>
        <translation>Ecranul {number}: {name} ({width}×{height}), ecranul principal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Screen {number}: {name} ({width}×{height})</source>
        <translation>Ecranul {number}: {name} ({width}×{height})</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../sole_app/ui/session/text.py" line="+12" />
        <source>not started</source>
        <translation>nu a început</translation>
    </message>
    <message>
        <location line="+1" />
        <source>running</source>
        <translation>în desfășurare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nearly over</source>
        <translation>aproape de final</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last minute</source>
        <translation>ultimul minut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>overtime</source>
        <translation>prelungire</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../sole_app/ui/session/actions.py" line="+30" />
        <source>&amp;Start the session</source>
        <translation>Începe &amp;sesiunea</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the session with this question and plan</source>
        <translation>Începe sesiunea cu această întrebare și acest plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pauză / continuare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause or resume the timer (Space)</source>
        <translation>Pune pe pauză sau repornește cronometrul (bara de spațiu)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Go back to the previous phase (Left, Page Up)</source>
        <translation>Înapoi la etapa anterioară (săgeată stânga, Page Up)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>P&amp;revious phase</source>
        <comment>Session menu</comment>
        <translation>Etapa &amp;anterioară</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Next phase</source>
        <comment>Session menu</comment>
        <translation>Etapa &amp;următoare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move on to the next phase (Right, Page Down)</source>
        <translation>Trece la etapa următoare (săgeată dreapta, Page Down)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+1 minute</source>
        <translation>+1 minut</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give one more minute (+)</source>
        <translation>Adaugă un minut (+)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+5 minutes</source>
        <translation>+5 minute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give five more minutes (Ctrl++)</source>
        <translation>Adaugă cinci minute (Ctrl++)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>−1 minute</source>
        <translation>−1 minut</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Take one minute away (-)</source>
        <translation>Scade un minut (-)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Black out the projector</source>
        <translation>Ecran &amp;negru pe proiector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Black out the projector and back (B or .)</source>
        <translation>Înnegrește proiectorul sau readuce imaginea (B sau .)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Presen&amp;t on the projector</source>
        <comment>Session menu</comment>
        <translation>Afișează pe p&amp;roiector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the question and timer full screen on the projector (F5, F11)</source>
        <translation>Arată întrebarea și cronometrul pe tot ecranul proiectorului (F5, F11)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Leave full screen</source>
        <translation>Ieși din &amp;ecranul complet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop presenting; the session goes on (Esc)</source>
        <translation>Oprește afișarea pe proiector; sesiunea continuă (Esc)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Identify screens</source>
        <translation>&amp;Identifică ecranele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show each screen's number on it for a moment</source>
        <translation>Afișează pe fiecare ecran, pentru câteva clipe, numărul lui</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;End the session</source>
        <translation>În&amp;cheie sesiunea</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the timer and end this session</source>
        <translation>Oprește cronometrul și încheie această sesiune</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n group(s) at once</source>
        <translation>
            <numerusform>%n grup deodată</numerusform>
            <numerusform>%n grupuri deodată</numerusform>
            <numerusform>%n de grupuri deodată</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>In the Review, show %n group(s) on the projector at once</source>
        <translation>
            <numerusform>În Prezentare, arătați %n grup deodată pe proiector</numerusform>
            <numerusform>În Prezentare, arătați %n grupuri deodată pe proiector</numerusform>
            <numerusform>În Prezentare, arătați %n de grupuri deodată pe proiector</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../sole_app/ui/session/controller.py" line="+170" />
        <source>Not started. Type or pick a question, check the plan, then Start.</source>
        <translation>Sesiunea nu a început. Scrieți sau alegeți o întrebare, verificați planul, apoi apăsați Începe.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+75" />
        <source>paused</source>
        <translation>în pauză</translation>
    </message>
    <message>
        <location line="-74" />
        <source>{phase} (phase {number} of {count}): {time} · {state}</source>
        <translation>{phase} (etapa {number} din {count}): {time} · {state}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Resume</source>
        <translation>&amp;Continuă</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Pause</source>
        <translation>&amp;Pauză</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Question chosen from the bank: check the plan, then press Start (Ctrl+Enter).</source>
        <translation>Întrebare aleasă din banca de întrebări: verificați planul, apoi apăsați Începe sesiunea (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Resume the session?</source>
        <translation>Continuați sesiunea?</translation>
    </message>
    <message>
        <location line="+7" />
        <source>running</source>
        <translation>în desfășurare</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{phase}, {time} over its time ({state}).</source>
        <translation>{phase}, cu {time} peste timp ({state}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{phase}, {time} left ({state}).</source>
        <translation>{phase}, mai sunt {time} ({state}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A session was still running when SOLE Facilitator closed:

{question}

{where}

Resume the session?</source>
        <translation>O sesiune era încă în desfășurare când SOLE Facilitator s-a închis:

{question}

{where}

Continuați sesiunea?</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Next ▶</source>
        <comment>in the Review</comment>
        <translation>Înainte ▶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next phase</source>
        <comment>Session menu</comment>
        <translation>Etapa &amp;următoare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>◀ Back</source>
        <comment>in the Review</comment>
        <translation>◀ Înapoi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;revious phase</source>
        <comment>Session menu</comment>
        <translation>Etapa &amp;anterioară</translation>
    </message>
    <message>
        <location line="+10" />
        <source>End the session?</source>
        <translation>Încheiați sesiunea?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End this session now? The timer stops and the session is saved.</source>
        <translation>Încheiați sesiunea acum? Cronometrul se oprește, iar sesiunea este salvată.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../sole_app/ui/session/page.py" line="+89" />
        <source>Plan</source>
        <comment>Session tab</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Review</source>
        <comment>Session tab</comment>
        <translation>Prezentare</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <location filename="../../sole_app/ui/session/setup.py" line="+71" />
        <source>Big question</source>
        <translation>Marea întrebare</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pick a question from the bank</source>
        <translation>Alege o întrebare din bancă</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question from the bank</source>
        <translation>Întrebare din bancă</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The big question</source>
        <translation>Marea întrebare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the big question, or pick one from the bank above</source>
        <translation>Scrieți marea întrebare sau alegeți una din banca de mai sus</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Plan for this session</source>
        <translation>Planul acestei sesiuni</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Minutes for this phase in this session</source>
        <translation>Minutele acestei etape în această sesiune</translation>
    </message>
    <message>
        <location line="+1" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Planned number (leave at — if you do not know yet)</source>
        <translation>Numărul planificat (lăsați — dacă nu îl știți încă)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Children</source>
        <translation>Copii</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computers</source>
        <translation>Calculatoare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location line="+42" />
        <source>From the question bank</source>
        <translation>Din banca de întrebări</translation>
    </message>
    <message>
        <location line="+5" />
        <source>— Choose from the question bank —</source>
        <translation>— Alegeți din banca de întrebări —</translation>
    </message>
</context>
<context>
    <name>SessionWiring</name>
    <message>
        <location filename="../../sole_app/app.py" line="-1" />
        <location filename="../../sole_app/ui/session/wiring.py" line="+50" />
        <source>Session</source>
        <translation>Sesiune</translation>
    </message>
    <message>
        <location filename="../../sole_app/ui/session/wiring.py" line="-7" />
        <source>&amp;Session</source>
        <translation>&amp;Sesiune</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sole_app/ui/settings_dialog.py" line="+53" />
        <location line="+200" />
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location line="-178" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backups</source>
        <translation>Copii de rezervă</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Timing</source>
        <translation>Durata etapelor</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Default length of this phase</source>
        <translation>Durata obișnuită a acestei etape</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-10" />
        <source>{phase} (minutes)</source>
        <translation>{phase} (minute)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Minutes left at the first warning (0: none)</source>
        <translation>Cu câte minute înainte de final vine primul avertisment (0: deloc)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Minutes left at the last warning (0: none)</source>
        <translation>Cu câte minute înainte de final vine ultimul avertisment (0: deloc)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>off</source>
        <translation>oprit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First warning</source>
        <translation>Primul avertisment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last warning</source>
        <translation>Ultimul avertisment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play a gentle chime at the warnings and the end</source>
        <translation>Sună discret un clopoțel la avertismente și la final</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Projector and language</source>
        <translation>Proiector și limbă</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the agreements during Investigation</source>
        <translation>Arată înțelegerile în timpul investigației</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The screen the projector view opens on</source>
        <translation>Ecranul pe care se deschide imaginea pentru proiector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automatic (a screen that is not the laptop's)</source>
        <translation>Automat (un alt ecran decât cel al laptopului)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Projector screen</source>
        <translation>Ecranul proiectorului</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System language</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Let groups list their children's first names</source>
        <translation>Grupurile pot nota prenumele copiilor</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Store first names only; never surnames. Leave this off unless your club needs names: group nicknames are enough.</source>
        <translation>Se păstrează doar prenume; niciodată nume de familie. Lăsați opțiunea oprită dacă clubul nu are nevoie de nume: porecla grupului ajunge.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Group devices</source>
        <translation>Dispozitivele grupurilor</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The port in the group page's address. Keep it the same from session to session: a browser keeps a group's unsent words for one port only.</source>
        <translation>Portul din adresa paginii grupurilor. Păstrați-l același de la o sesiune la alta: un browser păstrează cuvintele netrimise ale unei grupe doar pentru un port.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Port of the group page</source>
        <translation>Portul paginii grupurilor</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Printing and exports</source>
        <translation>Tipărire și exporturi</translation>
    </message>
    <message>
        <location line="+5" />
        <source>For example: Biblioteca Comunală Ciorăști</source>
        <translation>De exemplu: Biblioteca Comunală Ciorăști</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Printed at the top of every exported page</source>
        <translation>Tipărit în partea de sus a fiecărei pagini exportate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Library name</source>
        <translation>Numele bibliotecii</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A copy of the data is taken every day the app is open, in the data folder's backups folder. Restoring one keeps a copy of the data as it is now first.</source>
        <translation>În fiecare zi în care aplicația este deschisă se face o copie a datelor, în dosarul cu copii de rezervă din dosarul de date. Înainte de a restaura una, datele de acum sunt păstrate într-o copie.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Older daily copies beyond this number are removed.</source>
        <translation>Copiile zilnice mai vechi, peste acest număr, sunt șterse.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daily copies kept</source>
        <translation>Copii zilnice păstrate</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Screen {number}: {name} ({width} × {height})</source>
        <translation>Ecranul {number}: {name} ({width} × {height})</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../sole_app/ui/stage/agreements.py" line="+11" />
        <source>You can change groups at any time.</source>
        <translation>Puteți schimba grupul oricând.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You can move around, look at what other groups are doing, and share it with your group.</source>
        <translation>Puteți să vă mișcați prin sală, să vedeți ce fac celelalte grupuri și să le povestiți colegilor din grupul vostru.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You can talk to each other.</source>
        <translation>Puteți vorbi între voi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Be ready to tell everyone what your group found.</source>
        <translation>Fiți gata să le spuneți tuturor ce a descoperit grupul vostru.</translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message>
        <location filename="../../sole_app/ui/stage/view.py" line="+212" />
        <source>Our agreements</source>
        <translation>Înțelegerile noastre</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Phase {number} of {count}</source>
        <translation>Etapa {number} din {count}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Paused</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time is up — overtime</source>
        <translation>Timpul a expirat — prelungire</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Mai este %n minut</numerusform>
            <numerusform>Mai sunt %n minute</numerusform>
            <numerusform>Mai sunt %n de minute</numerusform>
        </translation>
    </message>
    <message>
        <location line="+104" />
        <source>Blacked out: the room sees a black screen</source>
        <translation>Ecran negru: sala nu vede nimic pe proiector</translation>
    </message>
</context>
</TS>