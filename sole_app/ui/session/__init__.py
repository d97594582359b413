"""The Session tab: the plan, the controls and keys, the phase timer and the end chime."""
