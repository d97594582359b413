"""The group page's HTML: every word escaped, no inline script or style (the CSP forbids them),
and the words the script needs as a JSON data block, which a browser never runs.

Three screens in one page, shown one at a time by page.js: loading, choosing a group, and the
group's record (the same four parts as the group turn on the librarian's laptop).
"""

from __future__ import annotations

import json
from html import escape

from sole_app.core.findings.data import MAX_FOUND, MAX_NICKNAME, Certainty
from sole_app.web.words import Catalogue

# Words and symbols together, so how sure a group is reads without colour.
CERTAINTY_SYMBOLS = {Certainty.NOT_SURE: "●○○", Certainty.FAIRLY_SURE: "●●○",
                     Certainty.VERY_SURE: "●●●"}


def render_page(base: str, catalogue: Catalogue) -> bytes:
    """The page at ``base`` (``/s/<code>/``), in the catalogue's language."""
    words = catalogue.words

    def word(key: str) -> str:
        return escape(words[key])

    certainty = "".join(
        f'<label class="choice"><input type="radio" name="certainty" value="{level.value}">'
        f'<span class="symbol" aria-hidden="true">{CERTAINTY_SYMBOLS[level]}</span> '
        f"{word(level.value)}</label>" for level in Certainty)
    return f"""<!DOCTYPE html>
<html lang="{escape(catalogue.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{word("title")}</title>
<link rel="stylesheet" href="{escape(base)}page.css">
</head>
<body>
<noscript><p class="notice">{word("needs_script")}</p></noscript>
<main>
<h1>{word("title")}</h1>
<p id="status" class="status" role="status" aria-live="polite">{word("loading")}</p>
<section id="join" hidden>
<h2>{word("choose_group")}</h2>
<p id="no-groups" hidden>{word("no_groups")}</p>
<div id="groups" class="groups"></div>
<h2>{word("new_group")}</h2>
<form id="new-group" autocomplete="off">
<label for="nickname">{word("nickname")}</label>
<input id="nickname" name="nickname" maxlength="{MAX_NICKNAME}" required>
<button type="submit">{word("start_group")}</button>
</form>
</section>
<section id="record" hidden>
<p class="group-line">{word("our_group")} <strong id="group-name"></strong>
<button type="button" id="change-group" class="small">{word("change_group")}</button></p>
<label for="found">{word("found")}</label>
<p class="hint">{word("found_hint")}</p>
<textarea id="found" rows="8" maxlength="{MAX_FOUND}"></textarea>
<details id="preview-box"><summary>{word("preview")}</summary>
<div id="preview" class="preview"></div></details>
<label for="sources">{word("sources")}</label>
<p class="hint">{word("sources_hint")}</p>
<textarea id="sources" rows="3"></textarea>
<fieldset><legend>{word("certainty")}</legend>{certainty}</fieldset>
<label for="new_questions">{word("new_questions")}</label>
<p class="hint">{word("new_questions_hint")}</p>
<textarea id="new_questions" rows="3"></textarea>
</section>
</main>
<script type="application/json" id="words">{_json_block(words)}</script>
<script src="{escape(base)}page.js"></script>
</body>
</html>
""".encode()


def _json_block(words) -> str:
    """JSON that cannot end its <script> element early, whatever a translation holds."""
    text = json.dumps(dict(words), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
