"""What a session produces: its groups and their records, the notes and the reflection."""
