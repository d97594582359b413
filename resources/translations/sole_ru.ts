<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>SOLE Facilitator is already open with the data folder {folder}. Switch to its window (look in the taskbar).</source>
        <translation>SOLE Facilitator уже открыт с папкой данных {folder}. Перейдите в его окно (найдите его на панели задач).</translation>
    </message>
</context>
<context>
    <name>BankController</name>
    <message>
        <source>add question “{text}”</source>
        <translation>добавление вопроса «{text}»</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <source>edit question “{text}”</source>
        <translation>изменение вопроса «{text}»</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Изменить вопрос</translation>
    </message>
    <message>
        <source>duplicate question “{text}”</source>
        <translation>копирование вопроса «{text}»</translation>
    </message>
    <message>
        <source>Duplicate question</source>
        <translation>Дублировать вопрос</translation>
    </message>
    <message>
        <source>delete question “{text}”</source>
        <translation>удаление вопроса «{text}»</translation>
    </message>
    <message>
        <source>Question deleted.</source>
        <translation>Вопрос удалён.</translation>
    </message>
    <message>
        <source>mark “{text}” as a favourite</source>
        <translation>добавление вопроса «{text}» в избранное</translation>
    </message>
    <message>
        <source>remove “{text}” from the favourites</source>
        <translation>удаление вопроса «{text}» из избранного</translation>
    </message>
</context>
<context>
    <name>BankFiles</name>
    <message>
        <source>Import questions</source>
        <translation>Импорт вопросов</translation>
    </message>
    <message>
        <source>Question packs and spreadsheets (*.json *.csv);;Question packs (*.json);;Spreadsheets (*.csv)</source>
        <translation>Наборы вопросов и таблицы (*.json *.csv);;Наборы вопросов (*.json);;Таблицы (*.csv)</translation>
    </message>
    <message>
        <source>import “{file}”</source>
        <translation>импорт файла «{file}»</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added</source>
        <translation>
            <numerusform>добавлен %n вопрос</numerusform>
            <numerusform>добавлено %n вопроса</numerusform>
            <numerusform>добавлено %n вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the bank (not added again)</source>
        <translation>
            <numerusform>%n вопрос уже был в банке (не добавлен повторно)</numerusform>
            <numerusform>%n вопроса уже были в банке (не добавлены повторно)</numerusform>
            <numerusform>%n вопросов уже были в банке (не добавлены повторно)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {file}: {added}, {known}.</source>
        <translation>Импортирован файл {file}: {added}, {known}.</translation>
    </message>
    <message>
        <source>Nothing to export: no question is shown. Clear the search or filters.</source>
        <translation>Нечего экспортировать: не показано ни одного вопроса. Очистите поиск или сбросьте фильтры.</translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation>Экспорт вопросов</translation>
    </message>
    <message>
        <source>Question pack (*.json);;Spreadsheet for Excel or LibreOffice (*.csv)</source>
        <translation>Набор вопросов (*.json);;Таблица для Excel или LibreOffice (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message numerus="yes">
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
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>Write a new question (Ctrl+N)</source>
        <translation>Написать новый вопрос (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the chosen question (Enter or double-click)</source>
        <translation>Изменить выбранный вопрос (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Du&amp;plicate…</source>
        <translation>&amp;Дублировать…</translation>
    </message>
    <message>
        <source>A copy to change or translate (Ctrl+D)</source>
        <translation>Копия, которую можно изменить или перевести (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen question (Del); Undo brings it back</source>
        <translation>Удалить выбранный вопрос (Del); его можно вернуть отменой</translation>
    </message>
    <message>
        <source>★ &amp;Favourite</source>
        <translation>★ Из&amp;бранное</translation>
    </message>
    <message>
        <source>Mark the question as a favourite (Ctrl+B); favourites come first</source>
        <translation>Отметить вопрос как избранный (Ctrl+B); избранные идут первыми</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Им&amp;порт…</translation>
    </message>
    <message>
        <source>Add questions from a question pack (.json) or a spreadsheet (.csv)</source>
        <translation>Добавить вопросы из набора вопросов (.json) или таблицы (.csv)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the questions shown to a question pack (.json) or a spreadsheet (.csv)</source>
        <translation>Сохранить показанные вопросы в набор вопросов (.json) или таблицу (.csv)</translation>
    </message>
    <message>
        <source>Start a session with this question</source>
        <translation>Начать занятие с этим вопросом</translation>
    </message>
    <message>
        <source>Prepare a session with the chosen question (Ctrl+Shift+Enter)</source>
        <translation>Подготовить занятие с выбранным вопросом (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Search the bank</source>
        <translation>Поиск в банке</translation>
    </message>
    <message>
        <source>Search questions, tags and notes…</source>
        <translation>Искать в вопросах, тегах и заметках…</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Поиск в банке вопросов</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Вопросы</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} questions: type to narrow down.</source>
        <translation>Показаны первые {shown} из {total} вопросов: начните вводить текст, чтобы сузить список.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>No question matches. Try fewer words, or clear the filters.</source>
        <translation>Ни один вопрос не подходит. Попробуйте меньше слов или сбросьте фильтры.</translation>
    </message>
    <message>
        <source>Delete the question?</source>
        <translation>Удалить вопрос?</translation>
    </message>
    <message>
        <source>Delete “{text}”?

You can bring it back with Undo (Ctrl+Z).</source>
        <translation>Удалить «{text}»?

Его можно вернуть отменой (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Loading the starter questions…</source>
        <translation>Загружаем стартовые вопросы…</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Банк вопросов</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {path} is not a SOLE Facilitator database, or it is damaged. It was not changed. Choose another data folder, or move the file away.</source>
        <translation>Файл {path} не является базой данных SOLE Facilitator или повреждён. Он не был изменён. Выберите другую папку данных или переместите этот файл.</translation>
    </message>
    <message>
        <source>The database {path} was saved by a newer version of SOLE Facilitator. It was not changed. Install the newer version to open it.</source>
        <translation>База данных {path} сохранена более новой версией SOLE Facilitator. Она не была изменена. Чтобы открыть её, установите новую версию.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}.</source>
        <translation>Папку данных {path} нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Lowest age</source>
        <translation>Минимальный возраст</translation>
    </message>
    <message>
        <source>Highest age</source>
        <translation>Максимальный возраст</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Translation group</source>
        <translation>Группа перевода</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>вопросы</translation>
    </message>
    <message>
        <source>this cannot be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>this must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>this is longer than {value} characters</source>
        <translation>длиннее {value} символов</translation>
    </message>
    <message>
        <source>The file {path} is a question pack of version {version}, and this version of SOLE Facilitator reads version {readable}. Update the app to import it.</source>
        <translation>Файл {path} — набор вопросов версии {version}, а эта версия SOLE Facilitator читает версию {readable}. Обновите программу, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» не является целым числом</translation>
    </message>
    <message>
        <source>the highest age is lower than the lowest age</source>
        <translation>максимальный возраст меньше минимального</translation>
    </message>
    <message>
        <source>this must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>there are more than {value} tags</source>
        <translation>больше {value} тегов</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time such as 2026-11-24T10:00:00Z</source>
        <translation>«{value}» не является датой и временем вида 2026-11-24T10:00:00Z</translation>
    </message>
    <message>
        <source>this field is missing</source>
        <translation>это поле отсутствует</translation>
    </message>
    <message>
        <source>this is not a question with its fields</source>
        <translation>это не вопрос с его полями</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-16 text</source>
        <translation>файл не является текстом в кодировке UTF-16</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>файл не является корректным JSON</translation>
    </message>
    <message>
        <source>the file is not a SOLE Facilitator question pack</source>
        <translation>файл не является набором вопросов SOLE Facilitator</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the file is not a readable CSV file</source>
        <translation>файл не удаётся прочитать как CSV</translation>
    </message>
    <message>
        <source>two columns mean the same thing</source>
        <translation>два столбца означают одно и то же</translation>
    </message>
    <message>
        <source>this column is missing from the first row</source>
        <translation>этого столбца нет в первой строке</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>вопрос {number}</translation>
    </message>
    <message>
        <source>the language must be one of {languages}, not “{value}”</source>
        <translation>язык должен быть одним из: {languages}, а не «{value}»</translation>
    </message>
    <message>
        <source>“{value}” is not an age from {low} to {high}</source>
        <translation>«{value}» — не возраст от {low} до {high}</translation>
    </message>
    <message>
        <source>this is not an identifier of at most {limit} characters</source>
        <translation>это не идентификатор длиной не более {limit} символов</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>строка {number}</translation>
    </message>
    <message>
        <source>The file {path} was not imported ({place}): {problem}. Nothing was added.</source>
        <translation>Файл {path} не импортирован ({place}): {problem}. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>The file {path} was not imported: {problem}. Nothing was added.</source>
        <translation>Файл {path} не импортирован: {problem}. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>The format of {path} is not known: choose a .json or a .csv file.</source>
        <translation>Формат файла {path} неизвестен: выберите файл .json или .csv.</translation>
    </message>
    <message>
        <source>The file {path} cannot be used: {reason}.</source>
        <translation>Файл {path} нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <source>The starter questions in {path} could not be loaded: {reason}.</source>
        <translation>Не удалось загрузить стартовые вопросы из {path}: {reason}.</translation>
    </message>
    <message>
        <source>A session needs a question: type one, or pick one from the bank.</source>
        <translation>Для занятия нужен вопрос: введите его или выберите из банка.</translation>
    </message>
    <message>
        <source>This question is no longer in the bank; it may have been deleted.</source>
        <translation>Этого вопроса больше нет в банке; возможно, его удалили.</translation>
    </message>
    <message>
        <source>That session no longer exists; start a new one.</source>
        <translation>Этого занятия больше нет; начните новое.</translation>
    </message>
    <message>
        <source>The session could not be saved ({reason}). The timer goes on; the next change will try to save again. Check that the disk is not full.</source>
        <translation>Не удалось сохранить занятие ({reason}). Таймер продолжает работать; при следующем изменении сохранение будет повторено. Проверьте, не заполнен ли диск.</translation>
    </message>
    <message>
        <source>The plan is not valid: each phase lasts 1 to 600 minutes, and counts are 0 to 999.</source>
        <translation>План неверен: каждый этап длится от 1 до 600 минут, а числа — от 0 до 999.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Любой возраст</translation>
    </message>
    <message>
        <source>Age </source>
        <translation>Возраст </translation>
    </message>
    <message>
        <source>Only questions suitable for this age</source>
        <translation>Только вопросы, подходящие для этого возраста</translation>
    </message>
    <message>
        <source>★ Only favourites</source>
        <translation>★ Только избранные</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
</context>
<context>
    <name>LanguageChange</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start SOLE Facilitator. A session is running now, so the window stays as it is.</source>
        <translation>Новый язык будет использоваться при следующем запуске SOLE Facilitator. Сейчас идёт занятие, поэтому окно остаётся как есть.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Открыть папку с &amp;данными</translation>
    </message>
    <message>
        <source>&amp;About SOLE Facilitator</source>
        <translation>&amp;О программе SOLE Facilitator</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Default phase minutes, warnings, sound, projector screen, language</source>
        <translation>Обычная длительность этапов, предупреждения, звук, экран проектора, язык</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Undone: {name}</source>
        <translation>Отменено: {name}</translation>
    </message>
    <message>
        <source>Redone: {name}</source>
        <translation>Повторено: {name}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Runs SOLE sessions: the big question on the projector, the phase timer, the groups&apos; findings and a question bank.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;No data leaves this computer unless you export it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Помогает проводить занятия SOLE: большой вопрос на проекторе, таймер этапов, находки групп и банк вопросов.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU General Public License версии 3 или более поздней.&lt;/p&gt;&lt;p&gt;Папка данных: {folder}&lt;/p&gt;&lt;p&gt;Данные не покидают этот компьютер, пока вы сами их не экспортируете.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SOLE Facilitator</source>
        <translation>О программе SOLE Facilitator</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Не удаётся открыть данные</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Bring back the deleted question (Ctrl+Z)</source>
        <translation>Вернуть удалённый вопрос (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>&amp;Redo {name}</source>
        <translation>&amp;Повторить {name}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Undo {name}</source>
        <translation>&amp;Отменить {name}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>{app}: projector</source>
        <translation>{app}: проектор</translation>
    </message>
</context>
<context>
    <name>QuestionDetail</name>
    <message>
        <source>Question details</source>
        <translation>Подробности вопроса</translation>
    </message>
    <message>
        <source>Choose a question on the left, or add one with New.</source>
        <translation>Выберите вопрос слева или добавьте новый кнопкой «Новый».</translation>
    </message>
    <message>
        <source>Notes for the facilitator</source>
        <translation>Заметки для ведущего</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Избранный</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменён</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>A big question: open, difficult, interesting</source>
        <translation>Большой вопрос: открытый, трудный, интересный</translation>
    </message>
    <message>
        <source>e.g. history, nature (separated by commas)</source>
        <translation>например: история, природа (через запятую)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>A story or picture to open with, follow-up questions… (Markdown: **bold**, - lists)</source>
        <translation>История или картинка для начала, вопросы для продолжения… (Markdown: **жирный**, - списки)</translation>
    </message>
    <message>
        <source>Who wrote it, or where it comes from</source>
        <translation>Кто его написал или откуда он взят</translation>
    </message>
    <message>
        <source>This is a translation of the original question (link them)</source>
        <translation>Это перевод исходного вопроса (связать их)</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>&amp;Ages:</source>
        <translation>В&amp;озраст:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Save the question (Ctrl+Enter)</source>
        <translation>Сохранить вопрос (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} лет</translation>
    </message>
    <message>
        <source>used {date}</source>
        <translation>использован {date}</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>A SOLE session is running</source>
        <translation>Идёт занятие SOLE</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Screen {number}: {name} ({width}×{height}), main screen</source>
        <translation>Экран {number}: {name} ({width}×{height}), основной экран</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({width}×{height})</source>
        <translation>Экран {number}: {name} ({width}×{height})</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>nearly over</source>
        <translation>скоро конец</translation>
    </message>
    <message>
        <source>last minute</source>
        <translation>последняя минута</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>сверх плана</translation>
    </message>
    <message>
        <source>You can change groups at any time.</source>
        <translation>Можно в любой момент перейти в другую группу.</translation>
    </message>
    <message>
        <source>You can move around, look at what other groups are doing, and share it with your group.</source>
        <translation>Можно ходить по комнате, смотреть, что делают другие группы, и рассказывать об этом своей группе.</translation>
    </message>
    <message>
        <source>You can talk to each other.</source>
        <translation>Можно разговаривать друг с другом.</translation>
    </message>
    <message>
        <source>Be ready to tell everyone what your group found.</source>
        <translation>Будьте готовы рассказать всем, что нашла ваша группа.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;Start the session</source>
        <translation>&amp;Начать занятие</translation>
    </message>
    <message>
        <source>Start the session with this question and plan</source>
        <translation>Начать занятие с этим вопросом и планом</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Пауза / продолжение</translation>
    </message>
    <message>
        <source>Pause or resume the timer (Space)</source>
        <translation>Приостановить или продолжить таймер (Пробел)</translation>
    </message>
    <message>
        <source>P&amp;revious phase</source>
        <translation>Пр&amp;едыдущий этап</translation>
    </message>
    <message>
        <source>Go back to the previous phase (Left, Page Up)</source>
        <translation>Вернуться к предыдущему этапу (стрелка влево, Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation>&amp;Следующий этап</translation>
    </message>
    <message>
        <source>Move on to the next phase (Right, Page Down)</source>
        <translation>Перейти к следующему этапу (стрелка вправо, Page Down)</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 минута</translation>
    </message>
    <message>
        <source>Give one more minute (+)</source>
        <translation>Добавить одну минуту (+)</translation>
    </message>
    <message>
        <source>+5 minutes</source>
        <translation>+5 минут</translation>
    </message>
    <message>
        <source>Give five more minutes (Ctrl++)</source>
        <translation>Добавить пять минут (Ctrl++)</translation>
    </message>
    <message>
        <source>−1 minute</source>
        <translation>−1 минута</translation>
    </message>
    <message>
        <source>Take one minute away (-)</source>
        <translation>Убрать одну минуту (-)</translation>
    </message>
    <message>
        <source>&amp;Black out the projector</source>
        <translation>&amp;Затемнить проектор</translation>
    </message>
    <message>
        <source>Black out the projector and back (B or .)</source>
        <translation>Затемнить проектор или вернуть изображение (B или .)</translation>
    </message>
    <message>
        <source>Presen&amp;t on the projector</source>
        <translation>Показать на п&amp;роекторе</translation>
    </message>
    <message>
        <source>Show the question and timer full screen on the projector (F5, F11)</source>
        <translation>Показать вопрос и таймер на весь экран проектора (F5, F11)</translation>
    </message>
    <message>
        <source>&amp;Leave full screen</source>
        <translation>В&amp;ыйти из полноэкранного режима</translation>
    </message>
    <message>
        <source>Stop presenting; the session goes on (Esc)</source>
        <translation>Прекратить показ; занятие продолжается (Esc)</translation>
    </message>
    <message>
        <source>&amp;Identify screens</source>
        <translation>&amp;Определить экраны</translation>
    </message>
    <message>
        <source>Show each screen&apos;s number on it for a moment</source>
        <translation>На несколько секунд показать на каждом экране его номер</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>Заверш&amp;ить занятие</translation>
    </message>
    <message>
        <source>Stop the timer and end this session</source>
        <translation>Остановить таймер и завершить это занятие</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Not started. Type or pick a question, check the plan, then Start.</source>
        <translation>Занятие не начато. Введите или выберите вопрос, проверьте план и нажмите «Начать».</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <source>{phase} (phase {number} of {count}): {time} · {state}</source>
        <translation>{phase} (этап {number} из {count}): {time} · {state}</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>{phase}, {time} over its time ({state}).</source>
        <translation>{phase}, на {time} дольше плана ({state}).</translation>
    </message>
    <message>
        <source>{phase}, {time} left ({state}).</source>
        <translation>{phase}, осталось {time} ({state}).</translation>
    </message>
    <message>
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
        <source>Resume the session?</source>
        <translation>Продолжить занятие?</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Завершить занятие?</translation>
    </message>
    <message>
        <source>End this session now? The timer stops and the session is saved.</source>
        <translation>Завершить занятие сейчас? Таймер остановится, а занятие будет сохранено.</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <source>Big question</source>
        <translation>Большой вопрос</translation>
    </message>
    <message>
        <source>Pick a question from the bank</source>
        <translation>Выбрать вопрос из банка</translation>
    </message>
    <message>
        <source>Question from the bank</source>
        <translation>Вопрос из банка</translation>
    </message>
    <message>
        <source>The big question</source>
        <translation>Большой вопрос</translation>
    </message>
    <message>
        <source>Type the big question, or pick one from the bank above</source>
        <translation>Введите большой вопрос или выберите его из банка выше</translation>
    </message>
    <message>
        <source>Plan for this session</source>
        <translation>План этого занятия</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Minutes for this phase in this session</source>
        <translation>Минут на этот этап в этом занятии</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Planned number (leave at — if you do not know yet)</source>
        <translation>Планируемое число (оставьте «—», если пока не знаете)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Компьютеры</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>From the question bank</source>
        <translation>Из банка вопросов</translation>
    </message>
    <message>
        <source>— Choose from the question bank —</source>
        <translation>— Выберите из банка вопросов —</translation>
    </message>
</context>
<context>
    <name>SessionWiring</name>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Занятие</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Длительность этапов</translation>
    </message>
    <message>
        <source>Question (minutes)</source>
        <translation>Вопрос (минуты)</translation>
    </message>
    <message>
        <source>Investigation (minutes)</source>
        <translation>Исследование (минуты)</translation>
    </message>
    <message>
        <source>Review (minutes)</source>
        <translation>Презентация (минуты)</translation>
    </message>
    <message>
        <source>Default length of this phase</source>
        <translation>Обычная длительность этого этапа</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes left at the first warning (0: none)</source>
        <translation>За сколько минут до конца первое предупреждение (0: нет)</translation>
    </message>
    <message>
        <source>Minutes left at the last warning (0: none)</source>
        <translation>За сколько минут до конца последнее предупреждение (0: нет)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>First warning</source>
        <translation>Первое предупреждение</translation>
    </message>
    <message>
        <source>Last warning</source>
        <translation>Последнее предупреждение</translation>
    </message>
    <message>
        <source>Play a gentle chime at the warnings and the end</source>
        <translation>Негромкий звонок при предупреждениях и в конце</translation>
    </message>
    <message>
        <source>Projector and language</source>
        <translation>Проектор и язык</translation>
    </message>
    <message>
        <source>Show the agreements during Investigation</source>
        <translation>Показывать договорённости во время исследования</translation>
    </message>
    <message>
        <source>The screen the projector view opens on</source>
        <translation>Экран, на котором открывается изображение для проектора</translation>
    </message>
    <message>
        <source>Automatic (a screen that is not the laptop&apos;s)</source>
        <translation>Автоматически (не экран ноутбука)</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Экран проектора</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({width} × {height})</source>
        <translation>Экран {number}: {name} ({width} × {height})</translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message>
        <source>Our agreements</source>
        <translation>Наши договорённости</translation>
    </message>
    <message>
        <source>Phase {number} of {count}</source>
        <translation>Этап {number} из {count}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Time is up — overtime</source>
        <translation>Время вышло — сверх плана</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Осталась %n минута</numerusform>
            <numerusform>Осталось %n минуты</numerusform>
            <numerusform>Осталось %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Blacked out: the room sees a black screen</source>
        <translation>Экран затемнён: в зале виден чёрный экран</translation>
    </message>
</context>
</TS>
