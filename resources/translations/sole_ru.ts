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
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
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
    <name>ProjectorWindow</name>
    <message>
        <source>{app}: projector</source>
        <translation>{app}: проектор</translation>
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
        <source>Screen {number}: {name} ({width}×{height})</source>
        <translation>Экран {number}: {name} ({width}×{height})</translation>
    </message>
    <message>
        <source>, main screen</source>
        <translation>, основной экран</translation>
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
        <translation>сверх времени</translation>
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
        <translation>&amp;Пауза / продолжить</translation>
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
        <translation>Затемнить проектор и вернуть изображение (B или .)</translation>
    </message>
    <message>
        <source>P&amp;resent on the projector</source>
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
        <source>A session was still running when SOLE Facilitator closed:

{question}

{phase}, {time} left ({state}).

Resume the session?</source>
        <translation>Когда SOLE Facilitator закрылся, занятие ещё шло:

{question}

{phase}, осталось {time} ({state}).

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
        <translation>Выберите вопрос из банка</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Время</translation>
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
        <source>❚❚ Paused</source>
        <translation>❚❚ Пауза</translation>
    </message>
    <message>
        <source>Time is up — overtime</source>
        <translation>Время вышло — дополнительное время</translation>
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
