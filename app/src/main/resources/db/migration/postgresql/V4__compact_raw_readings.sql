-- Schema 4: a raw reading whose objects are those of its meter's first reading (the dictionary) is
-- stored as one varint per object against it (TelegramTemplate) instead of deflated, marked by a
-- first byte no deflate stream starts with; readings of another layout stay deflated, and rows
-- written before stay readable. No table changes: the version makes a hanport from before this
-- form refuse the database with its clear message, rather than call the new rows damaged.
INSERT INTO setting (name, value) VALUES ('raw_reading_form', 'template or deflated');
