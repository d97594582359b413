"""Well-known HTML and script injection strings, for tests of every path that shows typed text.

Our own collection, after the usual families: script tags, event handlers, javascript: and data:
URLs, images and other elements that load resources, style and meta/base tags that change a page,
entity-encoded tags that a careless unescape turns back into markup, and tags nested to survive
a single pass of stripping. Each is something a child, a librarian or a shared file could type.

Tests push these through a display path and check that what a person would see is the original
text, as text, and that nothing loads, runs or changes the page.
"""

from __future__ import annotations

HOSTILE_TEXTS: tuple[str, ...] = (
    "<script>alert('x')</script>",
    "<SCRIPT SRC=http://example.invalid/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src="file:///etc/passwd">',
    '<img src=x onerror="alert(1)">',
    "<img src='http://example.invalid/pixel.png' width=1 height=1>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
    '<iframe src="http://example.invalid/"></iframe>',
    "<style>body { display: none }</style>",
    '<div style="background:url(http://example.invalid/bg.png)">styled</div>',
    '<meta http-equiv="refresh" content="0;url=http://example.invalid/">',
    '<base href="http://example.invalid/">',
    '<svg onload="alert(1)"><circle r="9"/></svg>',
    '<body onload="alert(1)">',
    '<input autofocus onfocus="alert(1)">',
    '<object data="file:///C:/Windows/win.ini"></object>',
    "&lt;img src=x onerror=alert(1)&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<b>bold</b> and <i>italic</i> and <u>under</u>",
    '<font size="7" color="red">big</font>',
    "<h1>Heading that would fill the room</h1>",
    "![image](http://example.invalid/i.png)",
    "[link](javascript:alert(1))",
    '"><script>alert(1)</script>',
    "' onmouseover='alert(1)",
    "</textarea><script>alert(1)</script>",
    "{{7*7}} ${7*7} <%= 7*7 %>",
)

# Elements that run code, load a resource or change the page, wherever they appear.
ACTIVE_ELEMENTS = frozenset({
    "script", "img", "iframe", "frame", "object", "embed", "svg", "style", "meta", "base",
    "link", "body", "input", "form", "video", "audio", "source", "math", "applet",
})
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "background", "data",
                             "poster", "srcset", "xlink:href"})


def active_content(html_text: str) -> list[str]:
    """What in ``html_text`` is live markup that runs, loads or restyles: active elements, event
    handler attributes, javascript:/data: links, any src, and style attributes. Escaped text
    (``&lt;script&gt;``) is text, not markup, and is not reported."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Finder(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ACTIVE_ELEMENTS:
                found.append(f"<{tag}>")
            for name, value in attrs:
                value = (value or "").strip().lower()
                if name.startswith("on") or name == "style" or name == "src":
                    found.append(f"{tag}[{name}]")
                elif name in _URL_ATTRIBUTES and value.startswith(("javascript:", "data:",
                                                                    "vbscript:", "file:")):
                    found.append(f"{tag}[{name}={value[:20]}]")

        handle_startendtag = handle_starttag

    Finder(convert_charrefs=True).feed(html_text)
    return found
