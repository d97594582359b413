"""The Group devices tab: the group page of the running session, its address and QR code."""
