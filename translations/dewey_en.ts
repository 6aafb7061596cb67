<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertCommands</name>
    <message numerus="yes">
        <source>%n overlay(s) connected, </source>
        <translation>
            <numerusform>%n overlay connected, </numerusform>
            <numerusform>%n overlays connected, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) waiting.</source>
        <translation>
            <numerusform>%n alert waiting.</numerusform>
            <numerusform>%n alerts waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n waiting alert(s).</source>
        <translation>
            <numerusform>Cleared %n waiting alert.</numerusform>
            <numerusform>Cleared %n waiting alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantTools</name>
    <message numerus="yes">
        <source>Searched notes for “%1” (%n found)</source>
        <translation>
            <numerusform>Searched notes for “%1” (%n found)</numerusform>
            <numerusform>Searched notes for “%1” (%n found)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::AlertsPage</name>
    <message numerus="yes">
        <source>Running on port %1. Connected overlays: %n.</source>
        <translation>
            <numerusform>Running on port %1. Connected overlays: %n.</numerusform>
            <numerusform>Running on port %1. Connected overlays: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alert queue: %n waiting.</source>
        <translation>
            <numerusform>Alert queue: %n waiting.</numerusform>
            <numerusform>Alert queue: %n waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::CatchUp</name>
    <message numerus="yes">
        <source>Caught up at %1: %n missed sale(s) recorded.</source>
        <translation>
            <numerusform>Caught up at %1: %n missed sale recorded.</numerusform>
            <numerusform>Caught up at %1: %n missed sales recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationSidebar</name>
    <message numerus="yes">
        <source>Delete “%1” and its %n message(s)? The notes Dewey saved stay.</source>
        <translation>
            <numerusform>Delete “%1” and its %n message? The notes Dewey saved stay.</numerusform>
            <numerusform>Delete “%1” and its %n messages? The notes Dewey saved stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::DeweyPage</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NoteRetriever</name>
    <message numerus="yes">
        <source>Finding notes by words and meaning (%1 of %n note(s) ready).</source>
        <translation>
            <numerusform>Finding notes by words and meaning (%1 of %n note ready).</numerusform>
            <numerusform>Finding notes by words and meaning (%1 of %n notes ready).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesPanel</name>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>Imported %n note</numerusform>
            <numerusform>Imported %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicate skipped</numerusform>
            <numerusform>, %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>, %n entry not readable</numerusform>
            <numerusform>, %n entries not readable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>Exported %n note to %1.</numerusform>
            <numerusform>Exported %n notes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::StatusBarController</name>
    <message numerus="yes">
        <source>Overlay: 127.0.0.1:%1 · %n connected</source>
        <translation>
            <numerusform>Overlay: 127.0.0.1:%1 · %n connected</numerusform>
            <numerusform>Overlay: 127.0.0.1:%1 · %n connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesCommand</name>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>Imported %n note</numerusform>
            <numerusform>Imported %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n duplicate skipped</numerusform>
            <numerusform>, %n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>, %n entry not readable</numerusform>
            <numerusform>, %n entries not readable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>Exported %n note to %1.</numerusform>
            <numerusform>Exported %n notes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesTools</name>
    <message numerus="yes">
        <source>Looked up the %n latest sales</source>
        <translation>
            <numerusform>Looked up the %n latest sale</numerusform>
            <numerusform>Looked up the %n latest sales</numerusform>
        </translation>
    </message>
</context>
</TS>
