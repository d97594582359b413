<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../sole_app/ui/qt_app.py" line="+35" />
        <source>SOLE Facilitator is already open with the data folder {folder}. Switch to its window (look in the taskbar).</source>
        <translation>SOLE Facilitator уже открыт с папкой данных {folder}. Перейдите в его окно (найдите его на панели задач).</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <location filename="../../sole_app/ui/backups.py" line="+150" />
        <source>The newest good backup is from {taken}. Restore it? The damaged file is kept aside, unchanged, in the backups folder.</source>
        <translation>Самая свежая исправная резервная копия сделана {taken}. Восстановить её? Повреждённый файл будет сохранён без изменений в папке резервных копий.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore the backup</source>
        <translation>&amp;Восстановить копию</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The backup was restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup was restored. The data from before is kept as {name} in the backups folder.</source>
        <translation>Резервная копия восстановлена. Прежние данные сохранены как {name} в папке резервных копий.</translation>
    </message>
</context>
<context>
    <name>BackupsList</name>
    <message>
        <location line="-81" />
        <source>Taken</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Backups of the database</source>
        <translation>Резервные копии базы данных</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Восстановить эту копию…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Damaged file, kept aside</source>
        <translation>Повреждённый файл, отложен</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before an update</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back the data as it was on {taken}? Everything saved since then is kept in a copy in the backups folder first, and the window opens again.</source>
        <translation>Вернуть данные к состоянию на {taken}? Всё, что сохранено с тех пор, сначала будет сохранено в копии в папке резервных копий, затем окно откроется заново.</translation>
    </message>
</context>
<context>
    <name>BankController</name>
    <message>
        <location filename="../../sole_app/ui/bank/controller.py" line="+172" />
        <source>add question “{text}”</source>
        <translation>добавление вопроса «{text}»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <location line="+10" />
        <source>edit question “{text}”</source>
        <translation>изменение вопроса «{text}»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit question</source>
        <translation>Изменить вопрос</translation>
    </message>
    <message>
        <location line="+9" />
        <source>duplicate question “{text}”</source>
        <translation>копирование вопроса «{text}»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Duplicate question</source>
        <translation>Дублировать вопрос</translation>
    </message>
    <message>
        <location line="+16" />
        <source>delete question “{text}”</source>
        <translation>удаление вопроса «{text}»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Question deleted.</source>
        <translation>Вопрос удалён.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>mark “{text}” as a favourite</source>
        <translation>добавление вопроса «{text}» в избранное</translation>
    </message>
    <message>
        <location line="+1" />
        <source>remove “{text}” from the favourites</source>
        <translation>удаление вопроса «{text}» из избранного</translation>
    </message>
</context>
<context>
    <name>BankFiles</name>
    <message>
        <location filename="../../sole_app/ui/bank/files.py" line="+54" />
        <source>Import questions</source>
        <translation>Импорт вопросов</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question packs and spreadsheets (*.json *.csv);;Question packs (*.json);;Spreadsheets (*.csv)</source>
        <translation>Наборы вопросов и таблицы (*.json *.csv);;Наборы вопросов (*.json);;Таблицы (*.csv)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>import “{file}”</source>
        <translation>импорт файла «{file}»</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>Import refused</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message numerus="yes">
        <location line="-47" />
        <source>%n question(s) added</source>
        <translation>
            <numerusform>добавлен %n вопрос</numerusform>
            <numerusform>добавлено %n вопроса</numerusform>
            <numerusform>добавлено %n вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n already in the bank (not added again)</source>
        <translation>
            <numerusform>%n вопрос уже был в банке (не добавлен повторно)</numerusform>
            <numerusform>%n вопроса уже были в банке (не добавлены повторно)</numerusform>
            <numerusform>%n вопросов уже были в банке (не добавлены повторно)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48" />
        <source>Imported {file}: {added}, {known}.</source>
        <translation>Импортирован файл {file}: {added}, {known}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file was read as {encoding} text.</source>
        <translation>Файл прочитан как текст в кодировке {encoding}.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing to export: no question is shown. Clear the search or filters.</source>
        <translation>Нечего экспортировать: не показано ни одного вопроса. Очистите поиск или сбросьте фильтры.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export questions</source>
        <translation>Экспорт вопросов</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Question pack (*.json);;Spreadsheet for Excel or LibreOffice (*.csv)</source>
        <translation>Набор вопросов (*.json);;Таблица для Excel или LibreOffice (*.csv)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message numerus="yes">
        <location line="-77" />
        <source>%n question(s) saved to {file}.</source>
        <translation>
            <numerusform>%n вопрос сохранён в {file}.</numerusform>
            <numerusform>%n вопроса сохранены в {file}.</numerusform>
            <numerusform>%n вопросов сохранено в {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankPanel</name>
    <message>
        <location filename="../../sole_app/ui/bank/panel.py" line="+80" />
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write a new question (Ctrl+N)</source>
        <translation>Написать новый вопрос (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change the chosen question (Enter or double-click)</source>
        <translation>Изменить выбранный вопрос (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Du&amp;plicate…</source>
        <translation>&amp;Дублировать…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A copy to change or translate (Ctrl+D)</source>
        <translation>Копия, которую можно изменить или перевести (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the chosen question (Del); Undo brings it back</source>
        <translation>Удалить выбранный вопрос (Del); его можно вернуть отменой</translation>
    </message>
    <message>
        <location line="+2" />
        <source>★ &amp;Favourite</source>
        <translation>★ Из&amp;бранное</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the question as a favourite (Ctrl+B); favourites come first</source>
        <translation>Отметить вопрос как избранный (Ctrl+B); избранные идут первыми</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import…</source>
        <translation>Им&amp;порт…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add questions from a question pack (.json) or a spreadsheet (.csv)</source>
        <translation>Добавить вопросы из набора вопросов (.json) или таблицы (.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the questions shown to a question pack (.json) or a spreadsheet (.csv)</source>
        <translation>Сохранить показанные вопросы в набор вопросов (.json) или таблицу (.csv)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start a session with this question</source>
        <translation>Начать занятие с этим вопросом</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the Session tab with this question chosen: check the plan there, then press Start (Ctrl+Shift+Enter)</source>
        <translation>Открывает вкладку «Занятие» с этим вопросом: проверьте там план и нажмите «Начать занятие» (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the bank</source>
        <translation>Поиск в банке</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Search questions, tags and notes…</source>
        <translation>Искать в вопросах, тегах и заметках…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the question bank</source>
        <translation>Поиск в банке вопросов</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location line="+38" />
        <source>&amp;Questions</source>
        <translation>&amp;Вопросы</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>At least %n question(s)</source>
        <translation>
            <numerusform>Не меньше %n вопроса</numerusform>
            <numerusform>Не меньше %n вопросов</numerusform>
            <numerusform>Не меньше %n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31" />
        <source>No question matches. Try fewer words, or clear the filters.</source>
        <translation>Ни один вопрос не подходит. Попробуйте меньше слов или сбросьте фильтры.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Delete the question?</source>
        <translation>Удалить вопрос?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete “{text}”?

You can bring it back with Undo (Ctrl+Z).</source>
        <translation>Удалить «{text}»?

Его можно вернуть отменой (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../sole_app/app.py" line="+286" />
        <source>Loading the starter questions…</source>
        <translation>Загружаем стартовые вопросы…</translation>
    </message>
    <message>
        <location filename="../../sole_app/ui/bank/wiring.py" line="+46" />
        <source>Question bank</source>
        <translation>Банк вопросов</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../sole_app/core/errors.py" line="+42" />
        <source>The file {path} is not a SOLE Facilitator database, or it is damaged. It was not changed. Choose another data folder, or move the file away.</source>
        <translation>Файл {path} не является базой данных SOLE Facilitator или повреждён. Он не был изменён. Выберите другую папку данных или переместите этот файл.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The database {path} was saved by a newer version of SOLE Facilitator. It was not changed. Install the newer version to open it.</source>
        <translation>База данных {path} сохранена более новой версией SOLE Facilitator. Она не была изменена. Чтобы открыть её, установите новую версию.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the disk or the file is read-only</source>
        <translation>диск или файл доступен только для чтения</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The data folder {path} cannot be used: {reason}.</source>
        <translation>Папку данных {path} нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The backup {path} is damaged, so it was not restored. Your data was not changed; choose another backup.</source>
        <translation>Резервная копия {path} повреждена, поэтому она не восстановлена. Ваши данные не изменились; выберите другую копию.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The backup {path} could not be written: {reason}. Your data was not changed.</source>
        <translation>Не удалось записать резервную копию {path}: {reason}. Ваши данные не изменились.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The settings were not saved in {path}: {reason}. The settings from before are unchanged.</source>
        <translation>Настройки не сохранены в {path}: {reason}. Прежние настройки не изменились.</translation>
    </message>
    <message>
        <location line="-65" />
        <source>it is a file, not a folder</source>
        <translation>это файл, а не папка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is not writable</source>
        <translation>в неё нельзя записывать</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/bank/errors.py" line="+24" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lowest age</source>
        <translation>Минимальный возраст</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Highest age</source>
        <translation>Максимальный возраст</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Translation group</source>
        <translation>Группа перевода</translation>
    </message>
    <message>
        <location line="+3" />
        <source>questions</source>
        <translation>вопросы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+6" />
        <source>this cannot be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this is longer than {value} characters</source>
        <translation>длиннее {value} символов</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the language must be a language code such as ro, en, ru or es, not “{value}”</source>
        <translation>язык должен быть кодом языка, например ro, en, ru или es, а не «{value}»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this holds {value}, half of a character that has lost its other half</source>
        <translation>здесь {value} — половина символа, потерявшая вторую половину</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the byte {value} is not {encoding} text (save the file again as UTF-8)</source>
        <translation>байт {value} не является текстом {encoding} (сохраните файл заново в UTF-8)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this holds the control character {value}, which no text holds</source>
        <translation>здесь управляющий символ {value}, которого не бывает в тексте</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“{value}” is too far in the past or the future</source>
        <translation>«{value}» слишком далеко в прошлом или будущем</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» не является целым числом</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the highest age is lower than the lowest age</source>
        <translation>максимальный возраст меньше минимального</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <location line="+1" />
        <source>there are more than {value} tags</source>
        <translation>больше {value} тегов</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” is not a date and time such as 2026-11-24T10:00:00Z</source>
        <translation>«{value}» не является датой и временем вида 2026-11-24T10:00:00Z</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this field is missing</source>
        <translation>это поле отсутствует</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this is not a question with its fields</source>
        <translation>это не вопрос с его полями</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is not UTF-16 text</source>
        <translation>файл не является текстом в кодировке UTF-16</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is not valid JSON</source>
        <translation>файл не является корректным JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this is not valid JSON (line {line}, column {column})</source>
        <translation>это некорректный JSON (строка {line}, столбец {column})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this nests lists or objects more deeply than any question pack</source>
        <translation>списки или объекты здесь вложены глубже, чем в любом наборе вопросов</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file ends inside this cell: the quote (") that opens it is never closed</source>
        <translation>файл заканчивается внутри этой ячейки: открывающая её кавычка (") нигде не закрыта</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a cell here goes on for more than {limit} characters: perhaps the quote (") that opens it is never closed</source>
        <translation>ячейка здесь длиннее {limit} символов: возможно, открывающая её кавычка (") нигде не закрыта</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file looks like UTF-16 text without a byte order mark, but it cannot be read as UTF-16</source>
        <translation>файл похож на текст UTF-16 без метки порядка байтов (BOM), но прочитать его как UTF-16 нельзя</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file is not a SOLE Facilitator question pack</source>
        <translation>файл не является набором вопросов SOLE Facilitator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file is not a readable CSV file</source>
        <translation>файл не удаётся прочитать как CSV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>two columns mean the same thing</source>
        <translation>два столбца означают одно и то же</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this column is missing from the first row</source>
        <translation>этого столбца нет в первой строке</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <location line="+105" />
        <source>The file {path} was not imported; problems found: {count}, the first {listed} listed below. Nothing was added.</source>
        <translation>Файл {path} не импортирован; найдено проблем: {count}, первые {listed} перечислены ниже. Ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file {path} was not imported; problems found: {count}, listed below. Nothing was added.</source>
        <translation>Файл {path} не импортирован; найдено проблем: {count}, они перечислены ниже. Ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The file {path} is a question pack of version {version}, and this version of SOLE Facilitator reads version {readable}. Update the app to import it.</source>
        <translation>Файл {path} — набор вопросов версии {version}, а эта версия SOLE Facilitator читает версию {readable}. Обновите программу, чтобы импортировать его.</translation>
    </message>
    <message>
        <location line="-167" />
        <source>question {number}</source>
        <translation>вопрос {number}</translation>
    </message>
    <message>
        <location line="-65" />
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <location line="+23" />
        <source>“{value}” is not an age from {low} to {high}</source>
        <translation>«{value}» — не возраст от {low} до {high}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this is not an identifier of at most {limit} characters</source>
        <translation>это не идентификатор длиной не более {limit} символов</translation>
    </message>
    <message>
        <location line="+29" />
        <source>row {number}</source>
        <translation>строка {number}</translation>
    </message>
    <message>
        <location line="+149" />
        <source>The file {path} was not imported ({place}): {problem}. Nothing was added.</source>
        <translation>Файл {path} не импортирован ({place}): {problem}. Ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file {path} was not imported: {problem}. Nothing was added.</source>
        <translation>Файл {path} не импортирован: {problem}. Ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The file {path} could not be imported because of a problem the app did not expect ({reason}). Nothing was added. Please tell the developers.</source>
        <translation>Файл {path} не удалось импортировать из-за непредвиденной проблемы ({reason}). Ничего не добавлено. Пожалуйста, сообщите разработчикам.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The format of {path} is not known: choose a .json or a .csv file.</source>
        <translation>Формат файла {path} неизвестен: выберите файл .json или .csv.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The file {path} cannot be used: {reason}.</source>
        <translation>Файл {path} нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The starter questions in {path} could not be loaded: {reason}.</source>
        <translation>Не удалось загрузить стартовые вопросы из {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/session/errors.py" line="+33" />
        <source>A session needs a question: type one, or pick one from the bank.</source>
        <translation>Для занятия нужен вопрос: введите его или выберите из банка.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No session is running.</source>
        <translation>Сейчас не идёт ни одно занятие.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session {number} does not exist; it may have been deleted.</source>
        <translation>Занятия {number} нет; возможно, его удалили.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/bank/errors.py" line="+13" />
        <source>This question is no longer in the bank; it may have been deleted.</source>
        <translation>Этого вопроса больше нет в банке; возможно, его удалили.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/session/errors.py" line="+15" />
        <source>The session could not be saved ({reason}). The timer goes on; the next change will try to save again. Check that the disk is not full.</source>
        <translation>Не удалось сохранить занятие ({reason}). Таймер продолжает работать; при следующем изменении сохранение будет повторено. Проверьте, не заполнен ли диск.</translation>
    </message>
    <message>
        <location line="-44" />
        <source>The plan is not valid: each phase lasts 1 to 600 minutes, and counts are 0 to 999.</source>
        <translation>План неверен: каждый этап длится от 1 до 600 минут, а числа — от 0 до 999.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/findings/errors.py" line="+18" />
        <source>The group's name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The number of children in the group</source>
        <translation>Число детей в группе</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The first names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What went well</source>
        <translation>Что получилось хорошо</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to try next</source>
        <translation>Что попробовать в следующий раз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What we found</source>
        <translation>Что мы нашли</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where we found it</source>
        <translation>Где мы это нашли</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How sure we are</source>
        <translation>Насколько мы уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our new questions</source>
        <translation>Наши новые вопросы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The number of children</source>
        <translation>Число детей</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The number of computers</source>
        <translation>Число компьютеров</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The number of groups</source>
        <translation>Число групп</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why (the objective)</source>
        <translation>Почему (цель)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaboration</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use of technology</source>
        <translation>Использование технологий</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Communication</source>
        <translation>Общение</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to change next time</source>
        <translation>Что изменить в следующий раз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{field} cannot be empty.</source>
        <translation>Поле «{field}» не может быть пустым.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} must be text.</source>
        <translation>В поле «{field}» должен быть текст.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} is longer than {value} characters.</source>
        <translation>В поле «{field}» больше {value} символов.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} must be a list.</source>
        <translation>Поле «{field}» должно быть списком.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} has more than {value} items.</source>
        <translation>В поле «{field}» больше {value} пунктов.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} must be a whole number.</source>
        <translation>В поле «{field}» должно быть целое число.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} must be from {low} to {high}, not {given}.</source>
        <translation>В поле «{field}» должно быть число от {low} до {high}, а не {given}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{field} must be one of: {value}.</source>
        <translation>В поле «{field}» должно быть одно из значений: {value}.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>This group is no longer in the session; it may have been removed or merged.</source>
        <translation>Этой группы больше нет в занятии; возможно, её удалили или объединили с другой.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A group cannot be merged into itself.</source>
        <translation>Группу нельзя объединить саму с собой.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups of two different sessions cannot be merged.</source>
        <translation>Группы из двух разных занятий объединить нельзя.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This group is already back in the session.</source>
        <translation>Эта группа уже возвращена в занятие.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This note no longer exists; it may have been deleted.</source>
        <translation>Этой заметки больше нет; возможно, её удалили.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>What the groups typed could not be saved ({reason}). It is still on the screen, and the next change will try to save again. Check that the disk is not full.</source>
        <translation>Не удалось сохранить то, что написали группы ({reason}). Текст остаётся на экране, при следующем изменении сохранение повторится. Проверьте, не заполнен ли диск.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>“{name}” has findings now, so adding it is not undone. To take the group away, use “Remove the group”.</source>
        <translation>У группы «{name}» уже есть находки, поэтому её добавление не отменяется. Чтобы убрать группу, выберите «Удалить группу».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Children have written in “{name}” since the groups were merged, so the merge is not undone: their words would be lost.</source>
        <translation>После объединения дети уже писали в группе «{name}», поэтому объединение не отменяется: их слова пропали бы.</translation>
    </message>
    <message>
        <location filename="../../sole_app/web/errors.py" line="+27" />
        <source>Port {port} is already in use on this computer, perhaps by another program. Choose another port in Settings (Group devices), then turn the group page on again.</source>
        <translation>Порт {port} уже занят на этом компьютере, возможно, другой программой. Выберите другой порт в настройках (Устройства групп) и снова включите страницу групп.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The group page cannot use port {port} ({reason}). Choose a port from {low} to {high} in Settings (Group devices).</source>
        <translation>Страница групп не может использовать порт {port} ({reason}). Выберите порт от {low} до {high} в настройках (Устройства групп).</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/exports/errors.py" line="+32" />
        <source>{file} was not saved: the folder {folder} does not exist.</source>
        <translation>{file} не сохранён: папки {folder} не существует.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file} was not saved: the folder {folder} cannot be written to, or the file is open in another program.</source>
        <translation>{file} не сохранён: в папку {folder} нельзя записывать, или файл открыт в другой программе.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{file} was not saved because the disk is full; free some space or choose another disk, and any older {file} there is unchanged.</source>
        <translation>{file} не сохранён, потому что диск заполнен; освободите место или выберите другой диск, а прежний {file} там не изменился.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{file} was not saved in {folder} ({reason}).</source>
        <translation>{file} не сохранён в {folder} ({reason}).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No session was chosen or none is in those dates, so nothing was exported.</source>
        <translation>Не выбрано ни одного занятия или в эти дни занятий нет, поэтому ничего не экспортировано.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A PDF cannot be made here; export as HTML and print that instead.</source>
        <translation>Здесь нельзя создать PDF; экспортируйте веб-страницу (HTML) и распечатайте её.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/history/errors.py" line="+24" />
        <source>session {session}</source>
        <translation>занятие {session}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>session {session}, phase {number}</source>
        <translation>занятие {session}, этап {number}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>session {session}, group {number}</source>
        <translation>занятие {session}, группа {number}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>session {session}, note {number}</source>
        <translation>занятие {session}, заметка {number}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>session {session}, the reflection</source>
        <translation>занятие {session}, рефлексия</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it is not JSON text (line {line}, column {column}).</source>
        <translation>это не текст JSON (строка {line}, столбец {column}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is not text in UTF-8.</source>
        <translation>это не текст в UTF-8.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is larger than {value} MB.</source>
        <translation>он больше {value} МБ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is nested too deeply to be a session file.</source>
        <translation>в нём слишком много уровней вложенности для файла занятий.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is not a SOLE Facilitator session file.</source>
        <translation>это не файл занятий SOLE Facilitator.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it was made by a newer version of SOLE Facilitator (format version {value}).</source>
        <translation>он создан более новой версией SOLE Facilitator (версия формата {value}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it holds no session.</source>
        <translation>в нём нет ни одного занятия.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} is missing.</source>
        <translation>{field}: значение отсутствует.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} does not have the expected shape.</source>
        <translation>{field}: неожиданная структура.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} is not a valid identifier.</source>
        <translation>{field}: недопустимый идентификатор.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} is used twice in the file.</source>
        <translation>{field}: встречается в файле дважды.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{field} is not a valid date and time.</source>
        <translation>{field}: недопустимые дата и время.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>; and more</source>
        <translation>; и другие</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file {file} was refused and nothing was imported: {problems}.</source>
        <translation>Файл {file} отклонён, ничего не импортировано: {problems}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The file {file} could not be read ({reason}).</source>
        <translation>Не удалось прочитать файл {file} ({reason}).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The sessions could not be changed ({reason}); nothing was changed. Check that the disk is not full.</source>
        <translation>Не удалось изменить занятия ({reason}); ничего не изменено. Проверьте, не заполнен ли диск.</translation>
    </message>
    <message>
        <location filename="../../sole_app/core/engine.py" line="+45" />
        <source>The change was not saved in {path}: {reason}. Everything saved before is unchanged; free some space on the disk, then try again.</source>
        <translation>Изменение не сохранено в {path}: {reason}. Всё, что было сохранено раньше, не изменилось; освободите место на диске и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../sole_app/core/exports/labels.py" line="+10" />
        <source>SOLE session</source>
        <translation>Занятие SOLE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SOLE sessions</source>
        <translation>Занятия SOLE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Big question</source>
        <translation>Большой вопрос</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This session had not ended when it was exported.</source>
        <translation>Занятие ещё не закончилось, когда его экспортировали.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not known</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with SOLE Facilitator on {date}</source>
        <translation>Создано в SOLE Facilitator {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan and phases</source>
        <translation>План и этапы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned: {children} children, {computers} computers, {groups} groups</source>
        <translation>По плану: детей — {children}, компьютеров — {computers}, групп — {groups}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extra time</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+1" />
        <source>As run</source>
        <translation>На деле</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not run</source>
        <translation>не проводился</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investigation</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+27" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location line="-26" />
        <source>No group was recorded.</source>
        <translation>Ни одной группы не записано.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children: {count}</source>
        <translation>Детей: {count}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+70" />
        <source>What we found</source>
        <translation>Что мы нашли</translation>
    </message>
    <message>
        <location line="-69" />
        <source>Where we found it</source>
        <translation>Где мы это нашли</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How sure we are</source>
        <translation>Насколько мы уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+70" />
        <source>Our new questions</source>
        <translation>Наши новые вопросы</translation>
    </message>
    <message>
        <location line="-69" />
        <source>What went well</source>
        <translation>Что получилось хорошо</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to try next</source>
        <translation>Что попробовать в следующий раз</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not sure</source>
        <translation>Не уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fairly sure</source>
        <translation>Довольно уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very sure</source>
        <translation>Очень уверены</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not said</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+20" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="-19" />
        <source>No notes were written.</source>
        <translation>Заметок нет.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>outside the phases</source>
        <translation>вне этапов</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{phase}, after {time}</source>
        <translation>{phase}, через {time}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reflection</source>
        <translation>Рефлексия</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No reflection was written.</source>
        <translation>Рефлексия не записана.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computers</source>
        <translation>Компьютеры</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content objective reached</source>
        <translation>Цель по содержанию достигнута</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main kind of thinking</source>
        <translation>Основной вид мышления</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engaged</source>
        <translation>Вовлечены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaborating</source>
        <translation>Сотрудничали</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Using technology well</source>
        <translation>Хорошо использовали технику</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Communicating</source>
        <translation>Общались</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreements followed</source>
        <translation>Договорённости соблюдались</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to change next time</source>
        <translation>Что изменить в следующий раз</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{percent}% of the children</source>
        <translation>{percent}% детей</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+14" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+12" />
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Mostly</source>
        <translation>В основном</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fully</source>
        <translation>Полностью</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recall</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skills and concepts</source>
        <translation>Навыки и понятия</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategic thinking</source>
        <translation>Стратегическое мышление</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extended thinking</source>
        <translation>Расширенное мышление</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{phase}: minutes planned</source>
        <translation>{phase}: минут по плану</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{phase}: minutes as run</source>
        <translation>{phase}: минут на деле</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{phase}: extra minutes</source>
        <translation>{phase}: добавлено минут</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extra minutes in all</source>
        <translation>Всего добавлено минут</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} planned</source>
        <translation>{what} по плану</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups recorded</source>
        <translation>Групп записано</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} (%)</source>
        <translation>{what} (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session ID</source>
        <translation>ID занятия</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Our group's findings</source>
        <translation>Что нашла наша группа</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our group's name</source>
        <translation>Название нашей группы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our question</source>
        <translation>Наш вопрос</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where we found it (websites, books, people)</source>
        <translation>Где мы это нашли (сайты, книги, люди)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How sure we are (tick one)</source>
        <translation>Насколько мы уверены (отметьте одно)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../sole_app/ui/history/export_dialog.py" line="+52" />
        <location line="+94" />
        <source>Export sessions</source>
        <translation>Экспорт занятий</translation>
    </message>
    <message numerus="yes">
        <location line="-92" />
        <source>Chosen in the list: %n session(s)</source>
        <translation>
            <numerusform>Выбрано в списке: %n занятие</numerusform>
            <numerusform>Выбрано в списке: %n занятия</numerusform>
            <numerusform>Выбрано в списке: %n занятий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every session of these days:</source>
        <translation>Все занятия за эти дни:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Include the children's first names</source>
        <translation>Включить имена детей</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left out unless ticked: the file may leave this computer</source>
        <translation>Без отметки не включаются: файл может покинуть этот компьютер</translation>
    </message>
    <message>
        <location line="+19" />
        <source>PDF, to print or send (.pdf)</source>
        <translation>PDF, для печати или отправки (.pdf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page, to read or print (.html)</source>
        <translation>Веб-страница, для чтения или печати (.html)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text with Markdown (.md)</source>
        <translation>Текст с Markdown (.md)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spreadsheet for the programme's reports (.csv)</source>
        <translation>Таблица для отчётов программы (.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backup, to move to another computer (.json)</source>
        <translation>Резервная копия для переноса на другой компьютер (.json)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
</context>
<context>
    <name>ExportSteps</name>
    <message>
        <location filename="../../sole_app/ui/history/steps.py" line="+36" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../sole_app/ui/bank/filters.py" line="+70" />
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Any age</source>
        <translation>Любой возраст</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age </source>
        <translation>Возраст </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only questions suitable for this age</source>
        <translation>Только вопросы, подходящие для этого возраста</translation>
    </message>
    <message>
        <location line="+1" />
        <source>★ Only favourites</source>
        <translation>★ Только избранные</translation>
    </message>
    <message>
        <location line="+45" />
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
</context>
<context>
    <name>FindingsActions</name>
    <message>
        <location filename="../../sole_app/ui/findings/actions.py" line="+21" />
        <source>&amp;Add a group…</source>
        <translation>&amp;Добавить группу…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new group, with a name the children like</source>
        <translation>Новая группа с названием, которое нравится детям</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Change the group…</source>
        <translation>&amp;Изменить группу…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename the group or change how many children it has</source>
        <translation>Переименовать группу или изменить число детей в ней</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove the group…</source>
        <translation>&amp;Удалить группу…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the group and what it found (Undo brings it back)</source>
        <translation>Удалить группу и её находки (Отменить вернёт её)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Merge into another group…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Two groups became one: keep everything both found</source>
        <translation>Две группы стали одной: сохраняется всё, что нашли обе</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the group up the list</source>
        <translation>Переместить группу выше в списке</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move &amp;down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the group down the list</source>
        <translation>Переместить группу ниже в списке</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Group turn</source>
        <comment>menu</comment>
        <translation>О&amp;чередь группы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill the laptop's screen with one group's record, for the children to type in (F6)</source>
        <translation>Записи одной группы на весь экран ноутбука, чтобы дети в них писали (F6)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ne&amp;w note…</source>
        <translation>Новая за&amp;метка…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write down what you notice, with the phase and the time (Ctrl+N)</source>
        <translation>Записать, что вы заметили, с этапом и временем (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;flection on the last session…</source>
        <translation>Рефле&amp;ксия о последнем занятии…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your reflection on how the session went: counts, objective, thinking, engagement</source>
        <translation>Ваша рефлексия о том, как прошло занятие: числа, цель, мышление, вовлечённость</translation>
    </message>
</context>
<context>
    <name>FindingsFeature</name>
    <message>
        <location filename="../../sole_app/ui/findings/wiring.py" line="+96" />
        <source>No session has run yet.</source>
        <translation>Ещё не было ни одного занятия.</translation>
    </message>
</context>
<context>
    <name>FindingsWiring</name>
    <message>
        <location line="-35" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+45" />
        <source>&amp;Groups</source>
        <translation>&amp;Группы</translation>
    </message>
</context>
<context>
    <name>FindingsWords</name>
    <message>
        <location filename="../../sole_app/ui/findings/words.py" line="+29" />
        <source>Not sure</source>
        <translation>Не уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fairly sure</source>
        <translation>Довольно уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very sure</source>
        <translation>Очень уверены</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n ребёнок</numerusform>
            <numerusform>%n ребёнка</numerusform>
            <numerusform>%n детей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Owls</source>
        <comment>group name</comment>
        <translation>Совы</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Foxes</source>
        <comment>group name</comment>
        <translation>Лисы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dolphins</source>
        <comment>group name</comment>
        <translation>Дельфины</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Eagles</source>
        <comment>group name</comment>
        <translation>Орлы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bees</source>
        <comment>group name</comment>
        <translation>Пчёлы</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hedgehogs</source>
        <comment>group name</comment>
        <translation>Ёжики</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wolves</source>
        <comment>group name</comment>
        <translation>Волки</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Squirrels</source>
        <comment>group name</comment>
        <translation>Белки</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comets</source>
        <comment>group name</comment>
        <translation>Кометы</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stars</source>
        <comment>group name</comment>
        <translation>Звёзды</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planets</source>
        <comment>group name</comment>
        <translation>Планеты</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rockets</source>
        <comment>group name</comment>
        <translation>Ракеты</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Group {number}</source>
        <translation>Группа {number}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Outside the phases</source>
        <translation>Вне этапов</translation>
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
        <translation>Сколько детей (оставьте —, если не хотите считать)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ana, Ion, Maria</source>
        <translation>Аня, Ион, Мария</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First names only, separated by commas; never surnames.</source>
        <translation>Только имена, через запятую; никогда не фамилии.</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../sole_app/web/words.py" line="+23" />
        <source>Our group's findings</source>
        <translation>Что нашла наша группа</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This page needs JavaScript. Turn it on in the browser's settings.</source>
        <translation>Этой странице нужен JavaScript. Включите его в настройках браузера.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which group are you?</source>
        <translation>Какая вы группа?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No groups yet. Start yours below.</source>
        <translation>Групп пока нет. Создайте свою ниже.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or start a new group</source>
        <translation>Или создайте новую группу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your group's name (a nickname, not your names)</source>
        <translation>Название группы (прозвище, а не ваши имена)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the group</source>
        <translation>Создать группу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our group:</source>
        <translation>Наша группа:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change group</source>
        <translation>Другая группа</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What we found</source>
        <translation>Что мы нашли</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write it in your own words. *Stars* make words stand out.</source>
        <translation>Пишите своими словами. *Звёздочки* выделяют слова.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How it looks</source>
        <translation>Как это выглядит</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where we found it</source>
        <translation>Где мы это нашли</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One per line: a website, a book, a person we asked.</source>
        <translation>По одному в строке: сайт, книга, человек, которого мы спросили.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How sure are we?</source>
        <translation>Насколько мы уверены?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not sure</source>
        <translation>Не уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fairly sure</source>
        <translation>Довольно уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very sure</source>
        <translation>Очень уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our new questions</source>
        <translation>Наши новые вопросы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One question per line.</source>
        <translation>По одному вопросу в строке.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved on the librarian's computer.</source>
        <translation>Сохранено на компьютере ведущего.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No connection. Your words are kept on this device and will be sent when the connection is back.</source>
        <translation>Нет связи. Ваш текст хранится на этом устройстве и будет отправлен, когда связь вернётся.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Another device of your group wrote too. Its words are here now.</source>
        <translation>Другое устройство вашей группы тоже писало. Его текст теперь здесь.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another device of your group changed the same words. Both versions are kept, one after the other: read them and keep what you want.</source>
        <translation>Другое устройство вашей группы изменило те же слова. Сохранены оба варианта, один за другим: прочитайте их и оставьте нужное.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Too fast. Wait a moment; nothing is lost.</source>
        <translation>Слишком быстро. Подождите немного — ничего не пропадёт.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is too long to send. Make it shorter.</source>
        <translation>Текст слишком длинный для отправки. Сократите его.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose your group again. Your words are kept on this device.</source>
        <translation>Выберите свою группу ещё раз. Ваш текст хранится на этом устройстве.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your group is no longer in the session (the librarian may have joined it with another). Your words are kept on this device: choose a group.</source>
        <translation>Вашей группы больше нет в занятии (возможно, её объединили с другой). Ваш текст хранится на этом устройстве: выберите группу.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This address is no longer open. Ask the librarian for the new one.</source>
        <translation>Этот адрес больше не открыт. Спросите у ведущего новый.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not saved yet. Your words are kept on this device and will be sent again.</source>
        <translation>Пока не сохранено. Ваш текст хранится на этом устройстве и будет отправлен снова.</translation>
    </message>
</context>
<context>
    <name>GroupPageController</name>
    <message>
        <location filename="../../sole_app/ui/grouppage/controller.py" line="+167" />
        <source>Start a session first: then groups can type from their devices.</source>
        <translation>Сначала начните занятие: тогда группы смогут писать со своих устройств.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Off: nothing on this computer listens to the network.</source>
        <translation>Выключено: ничто на этом компьютере не слушает сеть.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>On. Devices joined: {devices}. It goes off when the session ends.</source>
        <translation>Включено. Подключено устройств: {devices}. Выключится, когда занятие закончится.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Port {port}; port {new} from the next time the page is turned on.</source>
        <translation>Порт {port}; порт {new} — со следующего включения страницы.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Port {port} (change it in Settings; keep it the same from session to session).</source>
        <translation>Порт {port} (его можно изменить в настройках; не меняйте его от занятия к занятию).</translation>
    </message>
</context>
<context>
    <name>GroupPagePanel</name>
    <message>
        <location filename="../../sole_app/ui/grouppage/panel.py" line="+56" />
        <source>Let groups type from their devices</source>
        <translation>Группы пишут со своих устройств</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each group opens the address on its tablet, phone or computer, on the same Wi-Fi as this laptop, and types what it found. Nothing goes to the internet, and the page closes when the session ends.</source>
        <translation>Каждая группа открывает адрес на своём планшете, телефоне или компьютере в той же сети Wi-Fi, что и этот ноутбук, и пишет, что нашла. Ничего не уходит в интернет, а страница закрывается, когда занятие заканчивается.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Show the address and QR code on the projector</source>
        <translation>Показать адрес и QR-код на проекторе</translation>
    </message>
    <message>
        <location line="+36" />
        <source>What the groups are writing</source>
        <translation>Что пишут группы</translation>
    </message>
    <message numerus="yes">
        <location line="+51" />
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n устройство</numerusform>
            <numerusform>%n устройства</numerusform>
            <numerusform>%n устройств</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>no device</source>
        <translation>нет устройств</translation>
    </message>
    <message>
        <location line="+5" />
        <source>two devices changed the same words: both kept</source>
        <translation>два устройства изменили те же слова: сохранены оба варианта</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sources: {sources} · new questions: {questions}</source>
        <translation>Источники: {sources} · новые вопросы: {questions}</translation>
    </message>
</context>
<context>
    <name>GroupPageWiring</name>
    <message>
        <location filename="../../sole_app/app.py" line="-106" />
        <location filename="../../sole_app/ui/grouppage/wiring.py" line="+33" />
        <source>Group devices</source>
        <translation>Устройства групп</translation>
    </message>
</context>
<context>
    <name>GroupTurnWindow</name>
    <message>
        <location filename="../../sole_app/ui/findings/group_turn.py" line="+110" />
        <source>The previous group</source>
        <translation>Предыдущая группа</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next group ▶</source>
        <translation>Следующая группа ▶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done (Esc)</source>
        <translation>Готово (Esc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave group turn; everything is saved</source>
        <translation>Закрыть очередь группы; всё сохранено</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Group {number} of {count}</source>
        <translation>Группа {number} из {count}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group turn: {name}</source>
        <translation>Очередь группы: {name}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{phase} · {time}</source>
        <translation>{phase} · {time}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{clock} · paused</source>
        <translation>{clock} · пауза</translation>
    </message>
</context>
<context>
    <name>GroupsController</name>
    <message>
        <location filename="../../sole_app/ui/findings/groups_controller.py" line="+97" />
        <source>*Nothing written yet. Group turn (F6) lets the children type.*</source>
        <translation>*Пока ничего не написано. В очереди группы (F6) пишут дети.*</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What we found</source>
        <translation>Что мы нашли</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Where we found it</source>
        <translation>Где мы это нашли</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How sure we are:</source>
        <translation>Насколько мы уверены:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Our new questions</source>
        <translation>Наши новые вопросы</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add a group</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <location line="+5" />
        <source>add group “{name}”</source>
        <translation>добавление группы «{name}»</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Change the group</source>
        <translation>Изменить группу</translation>
    </message>
    <message>
        <location line="+5" />
        <source>rename group “{name}”</source>
        <translation>переименование группы «{name}»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change group “{name}”</source>
        <translation>изменение группы «{name}»</translation>
    </message>
    <message>
        <location line="+19" />
        <source>remove group “{name}”</source>
        <translation>удаление группы «{name}»</translation>
    </message>
    <message>
        <location line="+14" />
        <source>merge “{source}” into “{target}”</source>
        <translation>объединение «{source}» с «{target}»</translation>
    </message>
    <message>
        <location line="+13" />
        <source>move group “{name}”</source>
        <translation>перемещение группы «{name}»</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Add a group first: group turn shows one group's record.</source>
        <translation>Сначала добавьте группу: очередь группы показывает записи одной группы.</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../sole_app/ui/findings/groups_panel.py" line="+55" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location line="+71" />
        <source>For the next session: set the groups up now, or once it runs.</source>
        <translation>Для следующего занятия: создайте группы сейчас или после начала.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Children change groups freely: add, merge or remove groups at any time.</source>
        <translation>Дети свободно меняют группы: добавляйте, объединяйте и удаляйте группы в любой момент.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Remove the group?</source>
        <translation>Удалить группу?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove “{name}” and everything it found?

You can bring it back with Undo (Ctrl+Z).</source>
        <translation>Удалить «{name}» и всё, что группа нашла?

Её можно вернуть командой «Отменить» (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Merge groups</source>
        <translation>Объединить группы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The children of “{name}” joined which group? It keeps everything both groups found.</source>
        <translation>К какой группе присоединились дети из «{name}»? Она сохранит всё, что нашли обе группы.</translation>
    </message>
</context>
<context>
    <name>HiddenMatchesBar</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/bank/hidden.py" line="+38" />
        <source>%n more question(s) in other languages</source>
        <translation>
            <numerusform>Ещё %n вопрос на других языках</numerusform>
            <numerusform>Ещё %n вопроса на других языках</numerusform>
            <numerusform>Ещё %n вопросов на других языках</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show all languages</source>
        <translation>Показать все языки</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n more question(s) hidden by the filters</source>
        <translation>
            <numerusform>Ещё %n вопрос скрыт фильтрами</numerusform>
            <numerusform>Ещё %n вопроса скрыты фильтрами</numerusform>
            <numerusform>Ещё %n вопросов скрыты фильтрами</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../../sole_app/ui/history/controller.py" line="+104" />
        <source>amend note “{text}”</source>
        <translation>изменение заметки «{text}»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>delete note “{text}”</source>
        <translation>удаление заметки «{text}»</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The session was deleted, with everything of it.</source>
        <translation>Занятие удалено вместе со всем, что к нему относилось.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>import “{file}”</source>
        <translation>импорт файла «{file}»</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Imported %n session(s) from {file}</source>
        <translation>
            <numerusform>Импортировано %n занятие из {file}</numerusform>
            <numerusform>Импортировано %n занятия из {file}</numerusform>
            <numerusform>Импортировано %n занятий из {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>; %n already here (not added again).</source>
        <translation>
            <numerusform>; %n уже было здесь (повторно не добавлено).</numerusform>
            <numerusform>; %n уже были здесь (повторно не добавлены).</numerusform>
            <numerusform>; %n уже были здесь (повторно не добавлены).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import sessions</source>
        <translation>Импорт занятий</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session backups (*.json)</source>
        <translation>Резервные копии занятий (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>Exporting %n session(s) to {file}…</source>
        <translation>
            <numerusform>Экспорт %n занятия в {file}…</numerusform>
            <numerusform>Экспорт %n занятий в {file}…</numerusform>
            <numerusform>Экспорт %n занятий в {file}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Exported %n session(s) to {file}.</source>
        <translation>
            <numerusform>Экспортировано %n занятие в {file}.</numerusform>
            <numerusform>Экспортировано %n занятия в {file}.</numerusform>
            <numerusform>Экспортировано %n занятий в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export cancelled: nothing was saved.</source>
        <translation>Экспорт отменён: ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved {file}.</source>
        <translation>Сохранено: {file}.</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../sole_app/ui/history/filters.py" line="+28" />
        <source>Search questions, findings and notes…</source>
        <translation>Поиск по вопросам, находкам и заметкам…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the sessions</source>
        <translation>Поиск по занятиям</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From any day</source>
        <translation>С любого дня</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only sessions from this day on</source>
        <translation>Только занятия начиная с этого дня</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To any day</source>
        <translation>По любой день</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only sessions up to this day</source>
        <translation>Только занятия по этот день</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location line="+53" />
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../sole_app/ui/history/page.py" line="+81" />
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the chosen session, or the sessions of some days, as PDF, web page, Markdown, spreadsheet or backup</source>
        <translation>Сохранить выбранное занятие или занятия за несколько дней в PDF, веб-страницу, Markdown, таблицу или резервную копию</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import…</source>
        <translation>Им&amp;порт…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the sessions of a backup (.json) from another computer</source>
        <translation>Добавить занятия из резервной копии (.json) с другого компьютера</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+107" />
        <source>Delete the chosen session and everything of it, for good</source>
        <translation>Удалить выбранное занятие и всё, что к нему относится, навсегда</translation>
    </message>
    <message>
        <location line="-105" />
        <source>&amp;Printables…</source>
        <translation>Материалы для печ&amp;ати…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A question card and a group recording sheet to print, for days without a projector</source>
        <translation>Карточка с вопросом и лист записей для групп — распечатать для дней без проектора</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Histor&amp;y</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Past sessions</source>
        <translation>Прошедшие занятия</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The chosen session</source>
        <translation>Выбранное занятие</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Amend note…</source>
        <translation>&amp;Изменить заметку…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete no&amp;te</source>
        <translation>Удалить &amp;заметку</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit the &amp;reflection…</source>
        <translation>Изменить &amp;рефлексию…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n занятие</numerusform>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>No session is chosen. Sessions appear here once they have started.</source>
        <translation>Занятие не выбрано. Занятия появляются здесь, как только начались.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This session is running: finish it on the Session tab first</source>
        <translation>Это занятие идёт: сначала завершите его на вкладке «Занятие»</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Amend the note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete the session?</source>
        <translation>Удалить занятие?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the session “{question}” and everything of it: its groups, findings, notes and reflection?

This cannot be undone. Export it first if you may need it again.</source>
        <translation>Удалить занятие «{question}» и всё, что к нему относится: группы, находки, заметки и рефлексию?

Это нельзя отменить. Если оно может понадобиться, сначала экспортируйте его.</translation>
    </message>
</context>
<context>
    <name>HistoryRows</name>
    <message>
        <location filename="../../sole_app/ui/history/rows.py" line="+24" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Big question</source>
        <translation>Большой вопрос</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reflection</source>
        <translation>Рефлексия</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Minutes planned → as run (from the first start to the end)</source>
        <translation>Минут по плану → на деле (от первого начала до конца)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content objective reached · children engaged / collaborating / using technology well / communicating</source>
        <translation>Цель по содержанию достигнута · дети вовлечены / сотрудничали / хорошо использовали технику / общались</translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <location filename="../../sole_app/app.py" line="-1" />
        <location filename="../../sole_app/ui/history/wiring.py" line="+33" />
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>JoinCardView</name>
    <message>
        <location filename="../../sole_app/ui/stage/join.py" line="+109" />
        <source>Scan the code or type the address</source>
        <translation>Отсканируйте код или введите адрес</translation>
    </message>
</context>
<context>
    <name>LanguageChange</name>
    <message>
        <location filename="../../sole_app/ui/i18n.py" line="+135" />
        <source>Language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The new language will be used the next time you start SOLE Facilitator. A session is running now, so the window stays as it is.</source>
        <translation>Новый язык будет использоваться при следующем запуске SOLE Facilitator. Сейчас идёт занятие, поэтому окно остаётся как есть.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../sole_app/ui/bank/languages.py" line="+17" />
        <source>Romanian</source>
        <translation>Румынский</translation>
    </message>
    <message>
        <location line="+0" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hungarian</source>
        <translation>Венгерский</translation>
    </message>
    <message>
        <location line="+0" />
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Italian</source>
        <translation>Итальянский</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Portuguese</source>
        <translation>Португальский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bulgarian</source>
        <translation>Болгарский</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Serbian</source>
        <translation>Сербский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Greek</source>
        <translation>Греческий</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Czech</source>
        <translation>Чешский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slovak</source>
        <translation>Словацкий</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Croatian</source>
        <translation>Хорватский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dutch</source>
        <translation>Нидерландский</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Belarusian</source>
        <translation>Белорусский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Armenian</source>
        <translation>Армянский</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Georgian</source>
        <translation>Грузинский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hebrew</source>
        <translation>Иврит</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Japanese</source>
        <translation>Японский</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sole_app/ui/main_window.py" line="+69" />
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the &amp;data folder</source>
        <translation>Открыть папку с &amp;данными</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About SOLE Facilitator</source>
        <translation>&amp;О программе SOLE Facilitator</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Default phase minutes, warnings, sound, projector screen, language</source>
        <translation>Обычная длительность этапов, предупреждения, звук, экран проектора, язык</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Undone: {name}</source>
        <translation>Отменено: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redone: {name}</source>
        <translation>Повторено: {name}</translation>
    </message>
    <message>
        <location line="+51" />
        <source>A session is running. End it, then restore the backup.</source>
        <translation>Идёт занятие. Завершите его, затем восстановите резервную копию.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Runs SOLE sessions: the big question on the projector, the phase timer, the groups' findings and a question bank.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;No data leaves this computer unless you export it, or turn on the group page for the devices in the room.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Помогает проводить занятия SOLE: большой вопрос на проекторе, таймер этапов, находки групп и банк вопросов.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU General Public License версии 3 или более поздней.&lt;/p&gt;&lt;p&gt;Папка данных: {folder}&lt;/p&gt;&lt;p&gt;Данные не покидают этот компьютер, пока вы сами их не экспортируете или не включите страницу групп для устройств в классе.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About SOLE Facilitator</source>
        <translation>О программе SOLE Facilitator</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot open the data</source>
        <translation>Не удаётся открыть данные</translation>
    </message>
    <message>
        <location filename="../../sole_app/ui/staged.py" line="+31" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../sole_app/ui/findings/note_dialog.py" line="+25" />
        <source>What you noticed, in one line</source>
        <translation>Что вы заметили, одной строкой</translation>
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
        <translation>добавление заметки «{text}»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Edit the note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <location line="+3" />
        <source>edit note “{text}”</source>
        <translation>изменение заметки «{text}»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>delete note “{text}”</source>
        <translation>удаление заметки «{text}»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Заметка удалена. «Отменить» (Ctrl+Z) вернёт её.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location line="-112" />
        <source>Only you see these notes: they never show on the projector.</source>
        <translation>Эти заметки видите только вы: на проекторе они не появляются.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>NotesPreview</name>
    <message>
        <location filename="../../sole_app/ui/bank/notes_preview.py" line="+22" />
        <source>Preview of the notes</source>
        <translation>Предпросмотр заметок</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../sole_app/ui/bank/notice.py" line="+19" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bring back the deleted question (Ctrl+Z)</source>
        <translation>Вернуть удалённый вопрос (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../sole_app/ui/operations.py" line="+92" />
        <source>&amp;Redo {name}</source>
        <translation>&amp;Повторить {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo {name}</source>
        <translation>&amp;Отменить {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../sole_app/ui/phases.py" line="+14" />
        <source>Question</source>
        <comment>phase</comment>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investigation</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <comment>phase</comment>
        <translation>Презентация</translation>
    </message>
</context>
<context>
    <name>PrintablesDialog</name>
    <message>
        <location filename="../../sole_app/ui/history/printables_dialog.py" line="+32" />
        <source>Printables</source>
        <translation>Материалы для печати</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The language of the sheet's headings</source>
        <translation>Язык заголовков на листе</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question &amp;card (A4 landscape)…</source>
        <translation>&amp;Карточка с вопросом (A4, альбомная)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group &amp;recording sheet (A4)…</source>
        <translation>&amp;Лист записей группы (A4)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Big question</source>
        <translation>Большой вопрос</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Save the printable</source>
        <translation>Сохранить материал</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../sole_app/ui/stage/projector.py" line="+38" />
        <source>{app}: projector</source>
        <translation>{app}: проектор</translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <location filename="../../sole_app/ui/bank/detail.py" line="+39" />
        <source>Question details</source>
        <translation>Подробности вопроса</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Choose a question on the left, or add one with New.</source>
        <translation>Выберите вопрос слева или добавьте новый кнопкой «Новый».</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Notes for the facilitator</source>
        <translation>Заметки для ведущего</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location line="+10" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Favourite</source>
        <translation>Избранный</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../sole_app/ui/bank/editor.py" line="+59" />
        <source>A big question: open, difficult, interesting</source>
        <translation>Большой вопрос: открытый, трудный, интересный</translation>
    </message>
    <message>
        <location line="+9" />
        <source>e.g. history, nature (separated by commas)</source>
        <translation>например: история, природа (через запятую)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>to</source>
        <comment>ages: 8 to 12</comment>
        <translation>до</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A story or picture to open with, follow-up questions… (Markdown: **bold**, - lists)</source>
        <translation>История или картинка для начала, вопросы для продолжения… (Markdown: **жирный**, - списки)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How the notes will look</source>
        <translation>Как будут выглядеть заметки</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Who wrote it, or where it comes from</source>
        <translation>Кто его написал или откуда он взят</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is a translation of the original question (link them)</source>
        <translation>Это перевод исходного вопроса (связать их)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Ages:</source>
        <translation>В&amp;озраст:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save the question (Ctrl+Enter)</source>
        <translation>Сохранить вопрос (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>How they will look:</source>
        <translation>Как они будут выглядеть:</translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <location filename="../../sole_app/ui/bank/list_model.py" line="+112" />
        <source>{low}–{high} years</source>
        <translation>{low}–{high} лет</translation>
    </message>
    <message>
        <location line="+3" />
        <source>used {date}</source>
        <translation>использован {date}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../sole_app/ui/findings/record_editor.py" line="+78" />
        <source>Write here what your group found…</source>
        <translation>Напишите здесь, что нашла ваша группа…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One per line: a web address, a book, a person</source>
        <translation>По одному в строке: адрес сайта, книга, человек</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One question per line</source>
        <translation>По одному вопросу в строке</translation>
    </message>
    <message>
        <location line="+8" />
        <source>What we found</source>
        <translation>Что мы нашли</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Preview</source>
        <translation>Как это выглядит</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Where we found it</source>
        <translation>Где мы это нашли</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Our new questions</source>
        <translation>Наши новые вопросы</translation>
    </message>
    <message>
        <location line="+0" />
        <source>How sure are we?</source>
        <translation>Насколько мы уверены?</translation>
    </message>
</context>
<context>
    <name>RecordSaver</name>
    <message>
        <location filename="../../sole_app/ui/findings/record_saver.py" line="+105" />
        <source>Someone else wrote here at the same time: both versions are kept, one after the other.</source>
        <translation>Кто-то ещё писал здесь в то же время: сохранены оба варианта, один за другим.</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../../sole_app/ui/findings/reflection_dialog.py" line="+53" />
        <source>Reflection on the session</source>
        <translation>Рефлексия о занятии</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Skip for now</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computers</source>
        <translation>Компьютеры</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How many there were</source>
        <translation>Сколько было</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not reached</source>
        <translation>Не достигнута</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mostly</source>
        <translation>В основном</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fully</source>
        <translation>Полностью</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Was the objective reached?</source>
        <translation>Достигнута ли цель?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recall: remembering facts</source>
        <translation>Воспроизведение: запоминание фактов</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skills and concepts</source>
        <translation>Навыки и понятия</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategic thinking</source>
        <translation>Стратегическое мышление</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extended thinking</source>
        <translation>Расширенное мышление</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main kind of thinking</source>
        <translation>Основной вид мышления</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Partly</source>
        <comment>agreements</comment>
        <translation>Частично</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Were the agreements followed?</source>
        <translation>Соблюдались ли договорённости?</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collaboration</source>
        <translation>Сотрудничество</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use of technology</source>
        <translation>Использование техники</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Communication</source>
        <translation>Общение</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The share of children you saw engaged, collaborating, using technology well and communicating (0 to 100 %)</source>
        <translation>Какую долю детей вы видели вовлечёнными, сотрудничающими, умело пользующимися техникой и общающимися (от 0 до 100 %)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>What to change next time</source>
        <translation>Что изменить в следующий раз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next time</source>
        <translation>В следующий раз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anything else</source>
        <translation>Что-нибудь ещё</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+41" />
        <source>edit the reflection</source>
        <translation>изменение рефлексии</translation>
    </message>
</context>
<context>
    <name>ReviewDriver</name>
    <message>
        <location filename="../../sole_app/ui/session/review.py" line="+115" />
        <source>A new question from the group “{group}”, in the review of a session.</source>
        <translation>Новый вопрос группы «{group}» из презентации занятия.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>send “{question}” to the bank</source>
        <translation>отправку вопроса «{question}» в банк</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sent to the question bank as a draft: {question}</source>
        <translation>Отправлено в банк вопросов как черновик: {question}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>glow and grow</source>
        <translation>что получилось и что попробовать</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Glow and grow saved.</source>
        <translation>Сохранено: что получилось и что попробовать.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../sole_app/ui/session/review_panel.py" line="+50" />
        <source>Show them on the projector</source>
        <translation>Показывать на проекторе</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Send the marked question to the bank</source>
        <translation>Отправить выбранный вопрос в банк</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What was good</source>
        <translation>Что получилось хорошо</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What to try next</source>
        <translation>Что попробовать в следующий раз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save glow and grow</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+10" />
        <source>In the Review the clicker walks it: Page Down or → shows the next group, then the new questions, then the question again; Page Up or ← goes back (before the first group: back to the Investigation). Keys 1 to 4: how many groups at once. B or . blacks out. The session ends only with End the session.</source>
        <translation>В Презентации пульт листает её: Page Down или → показывает следующую группу, затем новые вопросы, затем снова вопрос; Page Up или ← возвращает назад (перед первой группой — обратно к Исследованию). Клавиши 1–4: сколько групп сразу. B или . затемняет проектор. Занятие заканчивается только кнопкой «Завершить занятие».</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Groups at once:</source>
        <translation>Групп сразу:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Glow:</source>
        <translation>Что получилось:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grow:</source>
        <translation>Что попробовать:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New questions (the one you choose is starred on the wall):</source>
        <translation>Новые вопросы (выбранный отмечен звёздочкой на стене):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Glow and grow, for each group (seen only here unless you tick this):</source>
        <translation>Что получилось и что попробовать, для каждой группы (видно только здесь, если не отметить):</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../sole_app/ui/stage/review.py" line="+104" />
        <source>Not said</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not sure</source>
        <translation>Не уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fairly sure</source>
        <translation>Довольно уверены</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Very sure</source>
        <translation>Очень уверены</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Where we found it:</source>
        <translation>Где мы это нашли:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Glow:</source>
        <translation>Что получилось:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Grow:</source>
        <translation>Что попробовать:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing written yet</source>
        <translation>Пока ничего не написано</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Our new questions</source>
        <translation>Наши новые вопросы</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No new questions yet</source>
        <translation>Новых вопросов пока нет</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Group {number} of {count}</source>
        <translation>Группа {number} из {count}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Groups {first}–{last} of {count}</source>
        <translation>Группы {first}–{last} из {count}</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <location filename="../../sole_app/ui/stage/screensaver.py" line="+44" />
        <source>A SOLE session is running</source>
        <translation>Идёт занятие SOLE</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../sole_app/ui/stage/screens.py" line="+136" />
        <source>Screen {number}: {name} ({width}×{height}), main screen</source>
        <translation>Экран {number}: {name} ({width}×{height}), основной экран</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Screen {number}: {name} ({width}×{height})</source>
        <translation>Экран {number}: {name} ({width}×{height})</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../sole_app/ui/session/text.py" line="+12" />
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <location line="+1" />
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nearly over</source>
        <translation>скоро конец</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last minute</source>
        <translation>последняя минута</translation>
    </message>
    <message>
        <location line="+1" />
        <source>overtime</source>
        <translation>сверх плана</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../sole_app/ui/session/actions.py" line="+30" />
        <source>&amp;Start the session</source>
        <translation>&amp;Начать занятие</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the session with this question and plan</source>
        <translation>Начать занятие с этим вопросом и планом</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Pause / resume</source>
        <translation>&amp;Пауза / продолжение</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause or resume the timer (Space)</source>
        <translation>Приостановить или продолжить таймер (Пробел)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Go back to the previous phase (Left, Page Up)</source>
        <translation>Вернуться к предыдущему этапу (стрелка влево, Page Up)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>P&amp;revious phase</source>
        <comment>Session menu</comment>
        <translation>Пр&amp;едыдущий этап</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Next phase</source>
        <comment>Session menu</comment>
        <translation>&amp;Следующий этап</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move on to the next phase (Right, Page Down)</source>
        <translation>Перейти к следующему этапу (стрелка вправо, Page Down)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+1 minute</source>
        <translation>+1 минута</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give one more minute (+)</source>
        <translation>Добавить одну минуту (+)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+5 minutes</source>
        <translation>+5 минут</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give five more minutes (Ctrl++)</source>
        <translation>Добавить пять минут (Ctrl++)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>−1 minute</source>
        <translation>−1 минута</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Take one minute away (-)</source>
        <translation>Убрать одну минуту (-)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Black out the projector</source>
        <translation>&amp;Затемнить проектор</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Black out the projector and back (B or .)</source>
        <translation>Затемнить проектор или вернуть изображение (B или .)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Presen&amp;t on the projector</source>
        <comment>Session menu</comment>
        <translation>Показать на п&amp;роекторе</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the question and timer full screen on the projector (F5, F11)</source>
        <translation>Показать вопрос и таймер на весь экран проектора (F5, F11)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Leave full screen</source>
        <translation>В&amp;ыйти из полноэкранного режима</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop presenting; the session goes on (Esc)</source>
        <translation>Прекратить показ; занятие продолжается (Esc)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Identify screens</source>
        <translation>&amp;Определить экраны</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show each screen's number on it for a moment</source>
        <translation>На несколько секунд показать на каждом экране его номер</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;End the session</source>
        <translation>Заверш&amp;ить занятие</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the timer and end this session</source>
        <translation>Остановить таймер и завершить это занятие</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n group(s) at once</source>
        <translation>
            <numerusform>%n группа сразу</numerusform>
            <numerusform>%n группы сразу</numerusform>
            <numerusform>%n групп сразу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>In the Review, show %n group(s) on the projector at once</source>
        <translation>
            <numerusform>В Презентации показывать на проекторе %n группу сразу</numerusform>
            <numerusform>В Презентации показывать на проекторе %n группы сразу</numerusform>
            <numerusform>В Презентации показывать на проекторе %n групп сразу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../sole_app/ui/session/controller.py" line="+170" />
        <source>Not started. Type or pick a question, check the plan, then Start.</source>
        <translation>Занятие не начато. Введите или выберите вопрос, проверьте план и нажмите «Начать».</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+75" />
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <location line="-74" />
        <source>{phase} (phase {number} of {count}): {time} · {state}</source>
        <translation>{phase} (этап {number} из {count}): {time} · {state}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Question chosen from the bank: check the plan, then press Start (Ctrl+Enter).</source>
        <translation>Вопрос выбран из банка вопросов: проверьте план и нажмите «Начать занятие» (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Resume the session?</source>
        <translation>Продолжить занятие?</translation>
    </message>
    <message>
        <location line="+7" />
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{phase}, {time} over its time ({state}).</source>
        <translation>{phase}, на {time} дольше плана ({state}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{phase}, {time} left ({state}).</source>
        <translation>{phase}, осталось {time} ({state}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A session was still running when SOLE Facilitator closed:

{question}

{where}

Resume the session?</source>
        <translation>Когда SOLE Facilitator закрылся, занятие ещё шло:

{question}

{where}

Продолжить занятие?</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Next ▶</source>
        <comment>in the Review</comment>
        <translation>Дальше ▶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next phase</source>
        <comment>Session menu</comment>
        <translation>&amp;Следующий этап</translation>
    </message>
    <message>
        <location line="+1" />
        <source>◀ Back</source>
        <comment>in the Review</comment>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;revious phase</source>
        <comment>Session menu</comment>
        <translation>Пр&amp;едыдущий этап</translation>
    </message>
    <message>
        <location line="+10" />
        <source>End the session?</source>
        <translation>Завершить занятие?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End this session now? The timer stops and the session is saved.</source>
        <translation>Завершить занятие сейчас? Таймер остановится, а занятие будет сохранено.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../sole_app/ui/session/page.py" line="+89" />
        <source>Plan</source>
        <comment>Session tab</comment>
        <translation>План</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Review</source>
        <comment>Session tab</comment>
        <translation>Презентация</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <location filename="../../sole_app/ui/session/setup.py" line="+71" />
        <source>Big question</source>
        <translation>Большой вопрос</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pick a question from the bank</source>
        <translation>Выбрать вопрос из банка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question from the bank</source>
        <translation>Вопрос из банка</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The big question</source>
        <translation>Большой вопрос</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the big question, or pick one from the bank above</source>
        <translation>Введите большой вопрос или выберите его из банка выше</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Plan for this session</source>
        <translation>План этого занятия</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Minutes for this phase in this session</source>
        <translation>Минут на этот этап в этом занятии</translation>
    </message>
    <message>
        <location line="+1" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Planned number (leave at — if you do not know yet)</source>
        <translation>Планируемое число (оставьте «—», если пока не знаете)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computers</source>
        <translation>Компьютеры</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location line="+42" />
        <source>From the question bank</source>
        <translation>Из банка вопросов</translation>
    </message>
    <message>
        <location line="+5" />
        <source>— Choose from the question bank —</source>
        <translation>— Выберите из банка вопросов —</translation>
    </message>
</context>
<context>
    <name>SessionWiring</name>
    <message>
        <location filename="../../sole_app/app.py" line="-1" />
        <location filename="../../sole_app/ui/session/wiring.py" line="+50" />
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <location filename="../../sole_app/ui/session/wiring.py" line="-7" />
        <source>&amp;Session</source>
        <translation>&amp;Занятие</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sole_app/ui/settings_dialog.py" line="+53" />
        <location line="+200" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="-178" />
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Timing</source>
        <translation>Длительность этапов</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Default length of this phase</source>
        <translation>Обычная длительность этого этапа</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="-10" />
        <source>{phase} (minutes)</source>
        <translation>{phase} (минуты)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Minutes left at the first warning (0: none)</source>
        <translation>За сколько минут до конца первое предупреждение (0: нет)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Minutes left at the last warning (0: none)</source>
        <translation>За сколько минут до конца последнее предупреждение (0: нет)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>off</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First warning</source>
        <translation>Первое предупреждение</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last warning</source>
        <translation>Последнее предупреждение</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play a gentle chime at the warnings and the end</source>
        <translation>Негромкий звонок при предупреждениях и в конце</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Projector and language</source>
        <translation>Проектор и язык</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the agreements during Investigation</source>
        <translation>Показывать договорённости во время исследования</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The screen the projector view opens on</source>
        <translation>Экран, на котором открывается изображение для проектора</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automatic (a screen that is not the laptop's)</source>
        <translation>Автоматически (не экран ноутбука)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Projector screen</source>
        <translation>Экран проектора</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Let groups list their children's first names</source>
        <translation>Разрешить группам записывать имена детей</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Store first names only; never surnames. Leave this off unless your club needs names: group nicknames are enough.</source>
        <translation>Хранятся только имена, никогда не фамилии. Не включайте, если клубу не нужны имена: названий групп достаточно.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Group devices</source>
        <translation>Устройства групп</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The port in the group page's address. Keep it the same from session to session: a browser keeps a group's unsent words for one port only.</source>
        <translation>Порт в адресе страницы групп. Не меняйте его от занятия к занятию: браузер хранит неотправленный текст группы только для одного порта.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Port of the group page</source>
        <translation>Порт страницы групп</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Printing and exports</source>
        <translation>Печать и экспорт</translation>
    </message>
    <message>
        <location line="+5" />
        <source>For example: Biblioteca Comunală Ciorăști</source>
        <translation>Например: Библиотека села Чоропкань</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Printed at the top of every exported page</source>
        <translation>Печатается вверху каждой экспортированной страницы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Library name</source>
        <translation>Название библиотеки</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A copy of the data is taken every day the app is open, in the data folder's backups folder. Restoring one keeps a copy of the data as it is now first.</source>
        <translation>Каждый день, когда приложение открыто, в папке резервных копий внутри папки данных делается копия данных. Перед восстановлением копии текущие данные сначала сохраняются.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Older daily copies beyond this number are removed.</source>
        <translation>Более старые ежедневные копии сверх этого числа удаляются.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daily copies kept</source>
        <translation>Хранить ежедневных копий</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Screen {number}: {name} ({width} × {height})</source>
        <translation>Экран {number}: {name} ({width} × {height})</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../sole_app/ui/stage/agreements.py" line="+11" />
        <source>You can change groups at any time.</source>
        <translation>Можно в любой момент перейти в другую группу.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You can move around, look at what other groups are doing, and share it with your group.</source>
        <translation>Можно ходить по комнате, смотреть, что делают другие группы, и рассказывать об этом своей группе.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You can talk to each other.</source>
        <translation>Можно разговаривать друг с другом.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Be ready to tell everyone what your group found.</source>
        <translation>Будьте готовы рассказать всем, что нашла ваша группа.</translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message>
        <location filename="../../sole_app/ui/stage/view.py" line="+212" />
        <source>Our agreements</source>
        <translation>Наши договорённости</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Phase {number} of {count}</source>
        <translation>Этап {number} из {count}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time is up — overtime</source>
        <translation>Время вышло — сверх плана</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Осталась %n минута</numerusform>
            <numerusform>Осталось %n минуты</numerusform>
            <numerusform>Осталось %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+104" />
        <source>Blacked out: the room sees a black screen</source>
        <translation>Экран затемнён: в зале виден чёрный экран</translation>
    </message>
</context>
</TS>