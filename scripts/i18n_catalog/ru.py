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
    # LanguageChange
    ("LanguageChange", "Language"): "Язык",
    "The new language will be used the next time you start SOLE Facilitator. A session is running now, so the window stays as it is.":
        "Новый язык будет использоваться при следующем запуске SOLE Facilitator. Сейчас идёт занятие, поэтому окно остаётся как есть.",
    # SessionActions
    "&Start the session": "&Начать занятие",
    "Start the session with this question and plan": "Начать занятие с этим вопросом и планом",
    "&Pause / resume": "&Пауза / продолжить",
    "Pause or resume the timer (Space)": "Приостановить или продолжить таймер (Пробел)",
    "P&revious phase": "Пр&едыдущий этап",
    "Go back to the previous phase (Left, Page Up)": "Вернуться к предыдущему этапу (стрелка влево, Page Up)",
    "&Next phase": "&Следующий этап",
    "Move on to the next phase (Right, Page Down)": "Перейти к следующему этапу (стрелка вправо, Page Down)",
    "+1 minute": "+1 минута",
    "Give one more minute (+)": "Добавить одну минуту (+)",
    "+5 minutes": "+5 минут",
    "Give five more minutes (Ctrl++)": "Добавить пять минут (Ctrl++)",
    "\u22121 minute": "\u22121 минута",
    "Take one minute away (-)": "Убрать одну минуту (-)",
    "&Black out the projector": "&Затемнить проектор",
    "Black out the projector and back (B or .)": "Затемнить проектор и вернуть изображение (B или .)",
    "P&resent on the projector": "Показать на п&роекторе",
    "Show the question and timer full screen on the projector (F5, F11)": "Показать вопрос и таймер на весь экран проектора (F5, F11)",
    "&Leave full screen": "В&ыйти из полноэкранного режима",
    "Stop presenting; the session goes on (Esc)": "Прекратить показ; занятие продолжается (Esc)",
    "&Identify screens": "&Определить экраны",
    "Show each screen's number on it for a moment": "На несколько секунд показать на каждом экране его номер",
    "&End the session": "Заверш&ить занятие",
    "Stop the timer and end this session": "Остановить таймер и завершить это занятие",
    # SessionSetup
    "Big question": "Большой вопрос",
    "Pick a question from the bank": "Выберите вопрос из банка",
    "Question from the bank": "Вопрос из банка",
    "The big question": "Большой вопрос",
    "Type the big question, or pick one from the bank above": "Введите большой вопрос или выберите его из банка выше",
    "Plan for this session": "План этого занятия",
    "Question": "Вопрос",
    "Investigation": "Исследование",
    "Review": "Презентация",
    "Minutes for this phase in this session": "Минут на этот этап в этом занятии",
    " min": " мин",
    "Planned number (leave at — if you do not know yet)": "Планируемое число (оставьте «—», если пока не знаете)",
    "Children": "Дети",
    "Computers": "Компьютеры",
    "Groups": "Группы",
    "From the question bank": "Из банка вопросов",
    "— Choose from the question bank —": "— Выберите из банка вопросов —",
    # SettingsDialog
    "Settings": "Настройки",
    "Timing": "Время",
    "Question (minutes)": "Вопрос (минуты)",
    "Investigation (minutes)": "Исследование (минуты)",
    "Review (minutes)": "Презентация (минуты)",
    "Default length of this phase": "Обычная длительность этого этапа",
    "Minutes left at the first warning (0: none)": "За сколько минут до конца первое предупреждение (0: нет)",
    "Minutes left at the last warning (0: none)": "За сколько минут до конца последнее предупреждение (0: нет)",
    "off": "нет",
    "First warning": "Первое предупреждение",
    "Last warning": "Последнее предупреждение",
    "Play a gentle chime at the warnings and the end": "Негромкий звонок при предупреждениях и в конце",
    "Projector and language": "Проектор и язык",
    "Show the agreements during Investigation": "Показывать договорённости во время исследования",
    "The screen the projector view opens on": "Экран, на котором открывается изображение для проектора",
    "Automatic (a screen that is not the laptop's)": "Автоматически (не экран ноутбука)",
    "Projector screen": "Экран проектора",
    "System language": "Язык системы",
    "Language": "Язык",
    # Screens
    "Screen {number}: {name} ({width}×{height})": "Экран {number}: {name} ({width}×{height})",
    ", main screen": ", основной экран",
    # Session (states and the agreements shown to the children)
    "not started": "не начато",
    "running": "идёт",
    "nearly over": "скоро конец",
    "last minute": "последняя минута",
    "overtime": "сверх времени",
    "paused": "пауза",
    "You can change groups at any time.": "Можно в любой момент перейти в другую группу.",
    "You can move around, look at what other groups are doing, and share it with your group.":
        "Можно ходить по комнате, смотреть, что делают другие группы, и рассказывать об этом своей группе.",
    "You can talk to each other.": "Можно разговаривать друг с другом.",
    "Be ready to tell everyone what your group found.": "Будьте готовы рассказать всем, что нашла ваша группа.",
    # SessionPage
    "Not started. Type or pick a question, check the plan, then Start.": "Занятие не начато. Введите или выберите вопрос, проверьте план и нажмите «Начать».",
    "{phase} (phase {number} of {count}): {time} · {state}": "{phase} (этап {number} из {count}): {time} · {state}",
    "&Resume": "&Продолжить",
    "&Pause": "&Пауза",
    "A session was still running when SOLE Facilitator closed:\n\n{question}\n\n{phase}, {time} left ({state}).\n\nResume the session?":
        "Когда SOLE Facilitator закрылся, занятие ещё шло:\n\n{question}\n\n{phase}, осталось {time} ({state}).\n\nПродолжить занятие?",
    "Resume the session?": "Продолжить занятие?",
    "End the session?": "Завершить занятие?",
    "End this session now? The timer stops and the session is saved.": "Завершить занятие сейчас? Таймер остановится, а занятие будет сохранено.",
    # ScreenAwake
    "A SOLE session is running": "Идёт занятие SOLE",
    # ProjectorWindow
    "{app}: projector": "{app}: проектор",
}
