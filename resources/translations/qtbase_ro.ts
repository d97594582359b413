<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Dosar</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unitate</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fișier</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Necunoscut</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Desktop</source>
            <translation>Desktop</translation>
        </message>
        <message>
            <source>Trashcan</source>
            <translation>Coș de gunoi</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Rețea</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Selectează tot</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Crește</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Scade</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Dosarul nu a fost găsit.
Verificați dacă numele dosarului este corect.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Fișierul nu a fost găsit.
Verificați dacă numele fișierului este corect.</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Fișier %1</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 există deja.
Îl înlocuiți?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Alege</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Ș&amp;terge</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Dosar &amp;nou</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Deschide</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Redenumește</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvează</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>„%1” este protejat la scriere.
Îl ștergeți totuși?</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Toate fișierele (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Toate fișierele (*)</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Sigur ștergeți „%1”?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Înapoi</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Vizualizare detaliată</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Vizualizare ca listă</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Dosarul nu a putut fi șters.</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Creează un dosar nou</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Creează un dosar nou</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detalii</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Dosare</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Dosar:</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unitate</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fișier</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nume fișier:</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Dosar</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fișiere</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Fișiere de tipul:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Găsește dosarul</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dosar</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Înainte</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Înapoi</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Înainte</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Mergi la dosarul părinte</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Listă</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Locuri și semne de carte</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Caută în:</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Computerul meu</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Dosar nou</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Deschide</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Dosarul părinte</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Locuri recente</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Elimină</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Salvează ca</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Scurtătură</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Arată </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Arată fișierele &amp;ascunse</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bară laterală</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Necunoscut</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Caută în:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fișiere de &amp;tipul:</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Data modificării</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Nume de fișier nevalid</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Computerul meu</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensiune</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tip</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Introduceți o valoare:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Anulează</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refă</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Taie</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiază</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Lipește</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selectează tot</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Arată detaliile...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ascunde detaliile...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Despre Qt</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvează</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Salvează tot</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Deschide</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Da pentru &amp;toate</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nu</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;u pentru toate</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Renunță</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reîncearcă</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignoră</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Închide</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Nu salva</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ajutor</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplică</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Resetează</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Valori implicite</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Space</source>
            <translation>Spațiu</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Stânga</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Dreapta</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Sus</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Jos</translation>
        </message>
        <message>
            <source>Page Up</source>
            <translation>Pagina sus</translation>
        </message>
        <message>
            <source>Page Down</source>
            <translation>Pagina jos</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Inserează</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>PgUp</translation>
        </message>
        <message>
            <source>PgDown</source>
            <translation>PgDown</translation>
        </message>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Anulează</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refă</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Taie</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiază</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copiază adresa &amp;legăturii</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Lipește</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selectează tot</translation>
        </message>
    </context>
</TS>
