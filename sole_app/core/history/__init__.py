"""Past sessions: listing and searching them, deleting one completely, backups to and from files."""
