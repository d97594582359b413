"""The group page: a web server on the library's network for groups' devices (Qt-free)."""
