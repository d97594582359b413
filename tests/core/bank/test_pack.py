"""Question packs and spreadsheets travel between clubs intact, and a bad file writes nothing."""

from __future__ import annotations

import json

import pytest

from sole_app.core.bank import store as bank
from sole_app.core.bank.errors import InvalidImportFile, UnknownFileFormat, UnsupportedPackVersion
from sole_app.core.bank.pack import export_file, import_file, read_file
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import search

ROMANIAN = QuestionData(
    "Ce s-ar întâmpla dacă **toți** oamenii ar vorbi aceeași limbă? Școală, țară, înșiși.",
    "ro", ("limbă", "societate", "științe sociale"), 11, 15,
    notes="Poveste: Turnul Babel.\n- Ce am pierde?\n- Ce am câștiga?",
    source="Clubul CODE Kids din Sânmartin; \"ghilimele\", virgule",
)
ENGLISH = QuestionData("=Why is the sky blue? +1 @me", "en", ("physics",),
                       notes="-starts with a dash")


@pytest.fixture
def source_bank(database):
    for data in (ROMANIAN, ENGLISH):
        bank.add_question(database, data)
    return database


@pytest.fixture
def empty_bank(tmp_path):
    from sole_app.core.db import open_database

    other = open_database(tmp_path / "other.sqlite3")
    yield other
    other.close()


def everything(database):
    return bank.get_questions(database, [row.id for row in search(database, "").rows])


def content(question):
    data = question.data
    return (data.text, data.language, data.tags, data.age_min, data.age_max, data.notes,
            data.source, data.uid, data.translation_group, data.created_at.replace(microsecond=0))


@pytest.mark.parametrize("name, header_language", [
    ("pack.json", "en"), ("bank.csv", "en"), ("banca.csv", "ro"), ("банк.csv", "ru")])
def test_a_round_trip_keeps_every_field_and_the_romanian_letters(
        source_bank, empty_bank, tmp_path, name, header_language):
    # Given a bank with a Romanian question full of diacritics, quotes, separators and Markdown
    exported = everything(source_bank)
    # When it is exported and imported into another club's bank
    export_file(tmp_path / name, exported, header_language=header_language)
    result = import_file(empty_bank, tmp_path / name)
    # Then every question arrives with the same content, identity and dates
    assert (result.added, result.duplicates) == (2, 0)
    assert sorted(map(content, everything(empty_bank))) == sorted(map(content, exported))


def test_csv_is_written_for_spreadsheets(source_bank, tmp_path):
    export_file(tmp_path / "ro.csv", everything(source_bank), header_language="ro")
    raw = (tmp_path / "ro.csv").read_bytes()
    # UTF-8 with BOM so Excel shows diacritics; Romanian headers and ';' as the locale expects
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Întrebare;Limba;Etichete;Vârsta minimă;Vârsta maximă;")
    assert "\r\n" in text and "științe sociale" in text
    # A cell a spreadsheet would run as a formula starts with an apostrophe
    assert "'=Why is the sky blue?" in text


def test_importing_the_same_pack_twice_counts_duplicates(source_bank, tmp_path):
    export_file(tmp_path / "pack.json", everything(source_bank))
    result = import_file(source_bank, tmp_path / "pack.json")
    assert (result.added, result.duplicates) == (0, 2)
    assert bank.count_questions(source_bank) == 2


def test_same_language_and_text_is_a_duplicate_even_with_another_uid(database, tmp_path):
    bank.add_question(database, QuestionData("De ce dormim?", "ro"))
    path = tmp_path / "q.csv"
    path.write_text("text,language\n\"de ce  DORMIM?\",ro\nDe ce dormim?,en\n", encoding="utf-8")
    result = import_file(database, path)
    assert (result.added, result.duplicates) == (1, 1)


def test_a_csv_saved_by_excel_in_the_romanian_locale_is_read(database, tmp_path):
    # Given a file as Romanian Excel saves it: cp1250, ';' separated, cedilla letters, CRLF,
    # Romanian headers, tags in one quoted cell, a note across lines, and a blank row
    text = ('Întrebare;Limba;Etichete;Vârsta minimă;Vârsta maximă;Note;Comentariu\r\n'
            'De ce învăţăm la şcoală?;Română;"istorie; educaţie";12;14;"Poveste\r\n'
            '- Ce ştim?";al meu\r\n;;;;;;\r\n')
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("cp1250"))
    # When it is imported
    result = import_file(database, path)
    # Then the question is there, spelled with ș ț, found by "scoala"
    assert (result.added, result.duplicates) == (1, 0)
    question = bank.get_question(database, search(database, "scoala").rows[0].id)
    assert question.text == "De ce învățăm la școală?"
    assert question.tags == ("istorie", "educație") and question.age_min == 12
    assert question.notes == "Poveste\n- Ce știm?"


def test_excel_s_sep_line_chooses_the_separator(database, tmp_path):
    path = tmp_path / "sep.csv"
    path.write_text("sep=;\nQuestion;Language;Tags\nDe ce, oare?;ro;a, b\n;;\n", encoding="utf-8")
    result = import_file(database, path)
    assert result.added == 1 and bank.get_question(database, 1).text == "De ce, oare?"


def test_a_csv_with_english_headers_and_commas_from_libreoffice(database, tmp_path):
    path = tmp_path / "lo.csv"
    path.write_text('Question,Language,Tags\n"Why, really?",en,"a, b"\n', encoding="utf-8")
    import_file(database, path)
    assert bank.get_question(database, 1).tags == ("a", "b")


BAD_PACKS = [
    ({"format": "sole-question-pack", "version": 2, "questions": []}, "version"),
    ({"format": "something-else", "version": 1, "questions": []},
     "not a SOLE Facilitator question pack"),
    ({"format": "sole-question-pack", "version": 1, "questions": [
        {"text": "Ok?", "language": "ro"}, {"text": "Ages?", "language": "ro", "age_min": 16,
                                            "age_max": 12}]},
     "(question 2, Highest age): the highest age is lower"),
    ({"format": "sole-question-pack", "version": 1, "questions": [
        {"text": "Ok?", "language": "ro"}, {"text": "", "language": "ro"}]},
     "(question 2, Question): this cannot be empty"),
    ({"format": "sole-question-pack", "version": 1, "questions": [
        {"text": "Ok?", "language": "Deutsch"}]},
     "(question 1, Language): the language must be a language code such as ro, en, ru or es, "
     "not “Deutsch”"),
    ({"format": "sole-question-pack", "version": 1, "questions": [
        {"text": "Ok?", "language": "ro", "tags": "x"}]},
     "(question 1, Tags): this must be a list"),
    ({"format": "sole-question-pack", "version": 1, "questions": [
        {"text": "Ok?", "language": "ro", "created_at": "yesterday"}]},
     "(question 1, Created): “yesterday” is not a date"),
    ({"format": "sole-question-pack", "version": 1, "questions": [{"language": "ro"}]},
     "(question 1, Question): this field is missing"),
]


@pytest.mark.parametrize("pack, where", BAD_PACKS)
def test_a_malformed_pack_is_refused_naming_the_place_and_writes_nothing(database, tmp_path,
                                                                         pack, where):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    with pytest.raises(InvalidImportFile) as refused:
        import_file(database, path)
    assert where in str(refused.value) and str(path) in str(refused.value)
    assert bank.count_questions(database) == 0


def test_an_unknown_pack_version_has_its_own_error(tmp_path):
    path = tmp_path / "future.json"
    path.write_text('{"format": "sole-question-pack", "version": 7, "questions": []}')
    with pytest.raises(UnsupportedPackVersion) as refused:
        read_file(path)
    assert refused.value.version == 7 and "Update the app" in str(refused.value)


def test_a_csv_row_with_fewer_cells_than_the_header_takes_the_defaults(database, tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("Question,Language\nOk?,ro\nAlso ok?,en\nNo age?,ro,\n", encoding="utf-8")
    assert import_file(database, path).added == 3


@pytest.mark.parametrize("text, where", [
    ("Question,Language,Minimum age\nOk?,ro,10\nBad,ro,twelve\n",
     "(row 3, Lowest age): “twelve” is not a whole number"),
    ("Question,Language\nOk?,ro\n,ro\n", "(row 3, Question): this cannot be empty"),
    ("Question,Tags\nOk?,a\n", "(row 1, Language): this column is missing"),
    ("", "the file is empty"),
    ("{not json", "(row 1, Question): this column is missing"),
])
def test_a_malformed_csv_is_refused_naming_the_row_and_writes_nothing(database, tmp_path,
                                                                      text, where):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidImportFile) as refused:
        import_file(database, path)
    assert where in str(refused.value) and "Nothing was added" in str(refused.value)
    assert bank.count_questions(database) == 0


@pytest.mark.parametrize("content", [b"\x00\x01binary", b"[1, 2", b"{}"])
def test_a_file_that_is_no_pack_at_all_is_refused(database, tmp_path, content):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(InvalidImportFile):
        import_file(database, path)


def test_the_format_comes_from_the_extension_unless_given(database, tmp_path):
    path = tmp_path / "questions.txt"
    path.write_text("Question,Language\nOk?,ro\n", encoding="utf-8")
    with pytest.raises(UnknownFileFormat):
        import_file(database, path)
    assert import_file(database, path, "csv").added == 1


def test_excel_unicode_text_utf16_with_tabs_is_read(database, tmp_path):
    path = tmp_path / "unicode.csv"
    path.write_bytes("Întrebare\tLimba\tEtichete\nCe înseamnă „acasă”?\tro\tfamilie; sat\n"
                     .encode("utf-16"))
    import_file(database, path)
    question = bank.get_question(database, 1)
    assert question.text == "Ce înseamnă „acasă”?" and question.tags == ("familie", "sat")
