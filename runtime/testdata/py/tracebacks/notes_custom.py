class AppError(Exception):
    pass
e = AppError("custom")
e.add_note("a note")
raise e
