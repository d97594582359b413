"""Settings keep their defaults in one place and survive damage."""

import json

from sole_app.core.settings import AppSettings


def test_a_missing_file_gives_the_sole_defaults(tmp_path):
    settings = AppSettings.load(tmp_path / "settings.json")
    assert (settings.phase_minutes.question, settings.phase_minutes.investigation,
            settings.phase_minutes.review) == (5, 40, 15)
    assert settings.warning_minutes == [5, 1]
    assert settings.sound_enabled
    assert not settings.group_first_names  # children's first names: off unless turned on


def test_changed_settings_are_read_back(tmp_path):
    path = tmp_path / "settings.json"
    settings = AppSettings(language="ro", sound_enabled=False)
    settings.phase_minutes.investigation = 30
    settings.save(path)
    again = AppSettings.load(path)
    assert again.language == "ro" and not again.sound_enabled
    assert again.phase_minutes.investigation == 30


def test_a_damaged_file_falls_back_to_defaults_value_by_value(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"language": "ru", "sound_enabled": "loud", '
                    '"phase_minutes": {"question": -3, "review": 20}}', encoding="utf-8")
    settings = AppSettings.load(path)
    assert settings.language == "ru"
    assert settings.sound_enabled is True
    assert settings.phase_minutes.question == 5 and settings.phase_minutes.review == 20
    path.write_text("{not json", encoding="utf-8")
    assert AppSettings.load(path) == AppSettings()


def test_the_phases_their_order_and_default_minutes_are_written_once_here():
    # The plan, the Session tab and the Settings dialog all read them from here
    from sole_app.core.session.plan import PHASE_KEYS, Plan
    from sole_app.core.settings import MAX_PHASE_MINUTES, Phase, PhaseMinutes

    assert [str(phase) for phase in Phase] == ["question", "investigation", "review"]
    assert PhaseMinutes().in_order() == (5, 40, 15) == Plan().phase_minutes
    assert tuple(Phase) == PHASE_KEYS
    assert Plan(phase_minutes=(MAX_PHASE_MINUTES, 1, 1)).total_minutes == MAX_PHASE_MINUTES + 2


def test_minutes_beyond_the_longest_phase_are_refused_on_reading(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"phase_minutes": {"investigation": 601, "review": 600}}', encoding="utf-8")
    minutes = AppSettings.load(path).phase_minutes
    assert (minutes.investigation, minutes.review) == (40, 600)


def test_the_group_page_port_is_kept_and_a_port_out_of_range_falls_back(tmp_path):
    # The port stays between sessions (browser drafts belong to one port); a bad one is ignored
    path = tmp_path / "settings.json"
    AppSettings(group_page_port=9090).save(path)
    assert AppSettings.load(path).group_page_port == 9090
    for bad in ("8080", 80, 70000, True):
        path.write_text(json.dumps({"group_page_port": bad}), encoding="utf-8")
        assert AppSettings.load(path).group_page_port == 8765
