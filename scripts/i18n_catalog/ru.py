"""Russian translations, keyed by source text or by (context, source text).

Plural entries list Qt's three Russian forms: 1, 21, 31… ("%n группа"); 2–4, 22–24… ("%n
группы"); the rest, 5–20, 25… ("%n групп").
"""
# ruff: noqa: E501

TRANSLATIONS: dict = {
    # Application
    "SOLE Facilitator is already open with the data folder {folder}. Switch to its window (look in the taskbar).":
        "SOLE Facilitator уже открыт с папкой данных {folder}. Перейдите в его окно (найдите его на панели задач).",
    # Errors
    "The file {path} is not a SOLE Facilitator database, or it is damaged. It was not changed. Choose another data folder, or move the file away.":
        "Файл {path} не является базой данных SOLE Facilitator или повреждён. Он не был изменён. Выберите другую папку данных или переместите этот файл.",
    "The database {path} was saved by a newer version of SOLE Facilitator. It was not changed. Install the newer version to open it.":
        "База данных {path} сохранена более новой версией SOLE Facilitator. Она не была изменена. Чтобы открыть её, установите новую версию.",
    "The data folder {path} cannot be used: {reason}.":
        "Папку данных {path} нельзя использовать: {reason}.",
    # MainWindow
    "Opening the database…": "Открываем базу данных…",
    "&File": "&Файл",
    "&Quit": "В&ыход",
    "&Help": "&Справка",
    "Open the &data folder": "Открыть папку с &данными",
    "&About SOLE Facilitator": "&О программе SOLE Facilitator",
    "Data folder: {path}": "Папка данных: {path}",
    "<h3>{name} {version}</h3><p>Runs SOLE sessions: the big question on the projector, the phase timer, the groups' findings and a question bank.</p><p>Free software under the GNU General Public License, version 3 or later.</p><p>Data folder: {folder}</p><p>No data leaves this computer unless you export it.</p>":
        "<h3>{name} {version}</h3><p>Помогает проводить занятия SOLE: большой вопрос на проекторе, таймер этапов, находки групп и банк вопросов.</p><p>Свободная программа под лицензией GNU General Public License версии 3 или более поздней.</p><p>Папка данных: {folder}</p><p>Данные не покидают этот компьютер, пока вы сами их не экспортируете.</p>",
    "About SOLE Facilitator": "О программе SOLE Facilitator",
    "Cannot open the data": "Не удаётся открыть данные",
    # StageView
    "Our agreements": "Наши договорённости",
    "Phase {number} of {count}": "Этап {number} из {count}",
    "\u275a\u275a Paused": "\u275a\u275a Пауза",
    "Time is up \u2014 overtime": "Время вышло \u2014 дополнительное время",
    "%n minute(s) left": ["Осталась %n минута", "Осталось %n минуты", "Осталось %n минут"],
    "Blacked out: the room sees a black screen": "Экран затемнён: в зале виден чёрный экран",
}
