"""Discord extensions: each cog translates between Discord and the Discord-free core."""
