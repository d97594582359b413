"""Groups' records as a review shows them, in Romanian and Russian, short and long: for the
readability tests and the screenshots of the review."""

from __future__ import annotations

from sole_app.core.findings.data import Certainty
from sole_app.core.session.review import ReviewGroup

LONG_RO = (
    "Am aflat că **somnul** nu este timp pierdut: în timpul nopții creierul pune în ordine ce "
    "am învățat ziua și aruncă ce nu ne trebuie.\n"
    "- Copiii de vârsta noastră au nevoie de nouă până la unsprezece ore de somn.\n"
    "- Fără somn ne supărăm mai ușor și uităm mai repede.\n"
    "- Animalele dorm și ele: delfinii dorm cu o jumătate de creier, pe rând.\n"
    "Bunica zice că un somn bun vine după o zi muncită la câmp, la țară, și noi credem că are "
    "dreptate, dar n-am găsit încă o sursă care să o dovedească."
)
LONG_RU = (
    "Мы узнали, что **сон** — это не потерянное время: ночью мозг раскладывает по полочкам то, "
    "что мы выучили днём, и выбрасывает лишнее.\n"
    "- Детям нашего возраста нужно от девяти до одиннадцати часов сна.\n"
    "- Без сна мы быстрее сердимся и забываем.\n"
    "- Животные тоже спят: дельфины спят половиной мозга, по очереди.\n"
    "Бабушка говорит, что хороший сон приходит после дня работы в поле, и мы думаем, что она "
    "права, но источника пока не нашли."
)
NAMES = {"ro": ["Bufnițele", "Vulpițele", "Delfinii", "Albinuțele"],
         "ru": ["Совы", "Лисички", "Дельфины", "Пчёлки"]}
SOURCES = {"ro": ("ro.wikipedia.org/wiki/Somn", "Atlasul corpului uman, biblioteca satului"),
           "ru": ("ru.wikipedia.org/wiki/Сон", "Атлас тела человека, сельская библиотека")}
QUESTIONS = {"ro": [("De ce visăm uneori lucruri care nu s-au întâmplat niciodată?",
                     "Dorm și plantele?"),
                    ("Cât poate sta un om fără somn?",),
                    ("De ce căscăm când vedem pe altcineva căscând?", "Visează și câinii?"),
                    ("Cine a inventat ceasul deșteptător?",)],
             "ru": [("Почему нам иногда снится то, чего никогда не было?", "Спят ли растения?"),
                    ("Сколько человек может прожить без сна?",),
                    ("Почему мы зеваем, когда видим, что зевает другой?", "Видят ли сны собаки?"),
                    ("Кто придумал будильник?",)]}
CERTAINTIES = (Certainty.VERY_SURE, Certainty.FAIRLY_SURE, Certainty.NOT_SURE, None)


def groups(language: str, long: bool = True) -> list[ReviewGroup]:
    """Four groups of the language; their findings long (several pages) or one sentence."""
    found = LONG_RO if language == "ro" else LONG_RU
    return [ReviewGroup(group_id=number + 1, name=name,
                        found=found if long else found.split(":")[0] + ".",
                        sources=SOURCES[language], certainty=CERTAINTIES[number],
                        new_questions=QUESTIONS[language][number],
                        glow="Au citat sursa" if language == "ro" else "Назвали источник",
                        grow="Să verifice încă o sursă" if language == "ro"
                        else "Проверить ещё один источник")
            for number, name in enumerate(NAMES[language])]
