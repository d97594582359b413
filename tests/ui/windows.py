"""Finding a feature's page in a real main window, the way the window itself knows it."""

from __future__ import annotations


def page_named(window, object_name: str):
    """The page of the feature whose tab widget has this objectName ("sessionPage", …)."""
    for feature in window.features():
        if feature.page() is not None and feature.page().objectName() == object_name:
            return feature.page()
    raise LookupError(f"no feature page named {object_name!r}")


def session_page(window):
    return page_named(window, "sessionPage")


def session_controller(window):
    """What drives the Session tab (its SessionController), as the launcher also finds it."""
    return next(feature.controller for feature in window.features()
                if feature.page() is not None and feature.page().objectName() == "sessionPage")


def bank_feature(window):
    """The question bank feature: its page (``.panel``) and what drives it (``.controller``)."""
    for feature in window.features():
        if feature.page() is not None and feature.page().objectName() == "bankPanel":
            return feature
    raise LookupError("no bank feature")
