"""The groups, their records, group turn, the facilitator's notes and the reflection."""
