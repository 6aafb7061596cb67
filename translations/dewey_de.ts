<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertCommands</name>
    <message>
        <source>Alerts are paused.</source>
        <translation>Alerts sind pausiert.</translation>
    </message>
    <message>
        <source>Alerts are on.</source>
        <translation>Alerts sind aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>%n overlay(s) connected, </source>
        <translation>
            <numerusform>%n Overlay verbunden, </numerusform>
            <numerusform>%n Overlays verbunden, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) waiting.</source>
        <translation>
            <numerusform>%n Alert wartet.</numerusform>
            <numerusform>%n Alerts warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue a test alert: %1</source>
        <translation>Test-Alert konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Test alert queued.</source>
        <translation>Test-Alert eingereiht.</translation>
    </message>
    <message>
        <source>No overlay is connected yet: it plays when OBS connects.</source>
        <translation>Noch ist kein Overlay verbunden: Er erscheint, sobald sich OBS verbindet.</translation>
    </message>
    <message>
        <source>Alerts are paused: it plays when you resume.</source>
        <translation>Alerts sind pausiert: Er erscheint, wenn du sie fortsetzt.</translation>
    </message>
    <message>
        <source>Could not change the pause: %1</source>
        <translation>Pause konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Alerts paused.</source>
        <translation>Alerts pausiert.</translation>
    </message>
    <message>
        <source>Alerts resumed.</source>
        <translation>Alerts fortgesetzt.</translation>
    </message>
    <message>
        <source>Skipped the alert on screen.</source>
        <translation>Alert auf dem Bildschirm übersprungen.</translation>
    </message>
    <message>
        <source>No alert is on screen.</source>
        <translation>Gerade ist kein Alert auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Could not clear the alerts: %1</source>
        <translation>Alerts konnten nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n waiting alert(s).</source>
        <translation>
            <numerusform>%n wartender Alert gelöscht.</numerusform>
            <numerusform>%n wartende Alerts gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying sales is not available here.</source>
        <translation>Verkäufe erneut abspielen ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>No sale was recorded for the event &quot;%1&quot;.</source>
        <translation>Für das Ereignis „%1“ wurde kein Verkauf erfasst.</translation>
    </message>
    <message>
        <source>Could not replay the sale: %1</source>
        <translation>Verkauf konnte nicht erneut abgespielt werden: %1</translation>
    </message>
    <message>
        <source>Replay of %1&apos;s sale queued.</source>
        <translation>Wiederholung des Verkaufs von %1 eingereiht.</translation>
    </message>
</context>
<context>
    <name>AlertComposer</name>
    <message>
        <source>{buyer} just bought {items} — {amount}</source>
        <extracomment>The default alert line. Keep the {placeholders}; they are filled with the sale&apos;s details.</extracomment>
        <translation>{buyer} hat {items} gekauft – {amount}</translation>
    </message>
    <message>
        <source>Alex</source>
        <extracomment>The buyer in a test alert.</extracomment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Hoodie</source>
        <extracomment>The product in a test alert.</extracomment>
        <translation>Hoodie</translation>
    </message>
    <message>
        <source>This is a test alert from Dewey.</source>
        <extracomment>The buyer&apos;s message in a test alert.</extracomment>
        <translation>Das ist ein Test-Alert von Dewey.</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Shown as the buyer when the sale has no name to show.</extracomment>
        <translation>Jemand</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Dewey could not queue the alert: %1</source>
        <translation>Dewey konnte den Alert nicht einreihen: %1</translation>
    </message>
    <message>
        <source>Dewey could not update the alert queue: %1</source>
        <translation>Dewey konnte die Alert-Warteschlange nicht aktualisieren: %1</translation>
    </message>
</context>
<context>
    <name>AlertTemplate</name>
    <message>
        <source>%1 ×%2</source>
        <extracomment>An item with its quantity in an alert, e.g. &quot;Hoodie ×2&quot;.</extracomment>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>something</source>
        <extracomment>Stands for the items when the store did not say what was bought: &quot;Alex just bought something&quot;.</extracomment>
        <translation>etwas</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates items in an alert: &quot;Hoodie ×2, Cap&quot;.</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>AlertTierFile</name>
    <message>
        <source>The tiers file is not valid JSON: %1</source>
        <translation>Die Stufendatei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The tiers file has an unknown version (expected %1).</source>
        <translation>Die Stufendatei hat eine unbekannte Version (erwartet: %1).</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>In the tiers file, &quot;%1&quot; of %2 is not usable.</source>
        <translation>In der Stufendatei ist „%1“ von %2 nicht verwendbar.</translation>
    </message>
    <message>
        <source>Could not read the tiers file %1: %2</source>
        <translation>Stufendatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not save the tiers file %1: %2</source>
        <translation>Stufendatei %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Control the alerts of the running Dewey: test, pause, resume, skip, clear, status, replay.</source>
        <translation>Steuert die Alerts des laufenden Dewey: test, pause, resume, skip, clear, status, replay.</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Gibt die Antwort als JSON aus.</translation>
    </message>
    <message>
        <source>say what to do: %1.</source>
        <translation>sag, was zu tun ist: %1.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;.</source>
        <translation>unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <source>name the sale&apos;s Stripe event id (evt_…).</source>
        <translation>gib die Stripe-Ereignis-ID des Verkaufs an (evt_…).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
</context>
<context>
    <name>AppStateRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Dewey could not save &quot;%1&quot; in its database: %2</source>
        <translation>Dewey konnte „%1“ nicht in seiner Datenbank speichern: %2</translation>
    </message>
    <message>
        <source>Dewey could not remove &quot;%1&quot; from its database: %2</source>
        <translation>Dewey konnte „%1“ nicht aus seiner Datenbank entfernen: %2</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask Dewey (or tell it something to remember); the answer streams to stdout.</source>
        <translation>Frag Dewey (oder erzähl ihm etwas, das er sich merken soll); die Antwort wird nach stdout gestreamt.</translation>
    </message>
    <message>
        <source>What to ask or tell Dewey.</source>
        <translation>Was du Dewey fragen oder erzählen willst.</translation>
    </message>
    <message>
        <source>Print one JSON object when the answer is complete (answer, citations, usage) instead of streaming text.</source>
        <translation>Gibt ein JSON-Objekt aus, sobald die Antwort vollständig ist (answer, citations, usage), statt Text zu streamen.</translation>
    </message>
    <message>
        <source>Allow Dewey to delete notes when asked to (otherwise deletions are declined).</source>
        <translation>Erlaubt Dewey, Notizen auf Wunsch zu löschen (sonst werden Löschungen abgelehnt).</translation>
    </message>
    <message>
        <source>Continue conversation ID instead of starting a new one.</source>
        <translation>Setzt die Unterhaltung ID fort, statt eine neue zu beginnen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>dewey-cli also reads the key from DEWEY_OPENAI_API_KEY.</source>
        <translation>dewey-cli liest den Schlüssel auch aus DEWEY_OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>what should Dewey answer? e.g. dewey-cli ask &quot;what&apos;s the airbnb code?&quot;</source>
        <translation>was soll Dewey beantworten? z. B. dewey-cli ask &quot;wie lautet der Airbnb-Code?&quot;</translation>
    </message>
    <message>
        <source>--conversation takes a conversation id (a positive number).</source>
        <translation>--conversation erwartet eine Unterhaltungs-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>deleting note %1 (--yes).</source>
        <translation>lösche Notiz %1 (--yes).</translation>
    </message>
    <message>
        <source>Dewey wanted to delete note %1 (&quot;%2&quot;); it was kept. Run with --yes to allow deletions.</source>
        <translation>Dewey wollte Notiz %1 („%2“) löschen; sie wurde behalten. Starte mit --yes, um Löschungen zu erlauben.</translation>
    </message>
    <message>
        <source>stopped; the part of the answer that arrived was kept.</source>
        <translation>abgebrochen; der bereits angekommene Teil der Antwort wurde behalten.</translation>
    </message>
</context>
<context>
    <name>AssistantTools</name>
    <message>
        <source>Dewey wants to delete this note. Delete it?</source>
        <translation>Dewey möchte diese Notiz löschen. Löschen?</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object.</source>
        <translation>Die Argumente von %1 sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>There is no tool called &quot;%1&quot;.</source>
        <translation>Es gibt kein Werkzeug namens „%1“.</translation>
    </message>
    <message>
        <source>remember needs the text of the note.</source>
        <translation>remember braucht den Text der Notiz.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved note %1</source>
        <translation>Notiz %1 gespeichert</translation>
    </message>
    <message>
        <source>update_note needs the id of a note and its new text.</source>
        <translation>update_note braucht die ID einer Notiz und ihren neuen Text.</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>Es gibt keine Notiz %1.</translation>
    </message>
    <message>
        <source>Note %1 could not be changed: %2</source>
        <translation>Notiz %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Changed note %1</source>
        <translation>Notiz %1 geändert</translation>
    </message>
    <message>
        <source>forget needs the id of a note.</source>
        <translation>forget braucht die ID einer Notiz.</translation>
    </message>
    <message>
        <source>Kept note %1</source>
        <translation>Notiz %1 behalten</translation>
    </message>
    <message>
        <source>Note %1 could not be deleted: %2</source>
        <translation>Notiz %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted note %1</source>
        <translation>Notiz %1 gelöscht</translation>
    </message>
    <message>
        <source>search_notes needs a query.</source>
        <translation>search_notes braucht eine Suchanfrage.</translation>
    </message>
    <message numerus="yes">
        <source>Searched notes for “%1” (%n found)</source>
        <translation>
            <numerusform>Notizen nach „%1“ durchsucht (%n gefunden)</numerusform>
            <numerusform>Notizen nach „%1“ durchsucht (%n gefunden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyerPrivacy</name>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use DIR as the data folder (default: the folder the Dewey app uses; the environment variable DEWEY_DATA_DIR also sets it).</source>
        <translation>Verwendet ORDNER als Datenordner (Standard: der Ordner der Dewey-App; auch die Umgebungsvariable DEWEY_DATA_DIR legt ihn fest).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zeigt die Version.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Mit &apos;dewey-cli BEFEHL --help&apos; siehst du die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>dewey-cli: Dewey without a window, for scripts, Stream Deck buttons and servers.</source>
        <translation>dewey-cli: Dewey ohne Fenster, für Skripte, Stream-Deck-Tasten und Server.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli --help&apos; for usage.</source>
        <translation>Mit &apos;dewey-cli --help&apos; siehst du die Verwendung.</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli %1 --help&apos; for usage.</source>
        <translation>Mit &apos;dewey-cli %1 --help&apos; siehst du die Verwendung.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <source>Dewey is not running with the data folder %1. Start the app or `dewey-cli serve` first.</source>
        <translation>Dewey läuft nicht mit dem Datenordner %1. Starte zuerst die App oder `dewey-cli serve`.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Dewey did not take the command: %1</source>
        <translation>Dewey hat den Befehl nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Dewey did not answer the command in time.</source>
        <translation>Dewey hat nicht rechtzeitig auf den Befehl geantwortet.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that its parent folder is writable, or choose another one with --data-dir.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden. Prüfe, ob der übergeordnete Ordner beschreibbar ist, oder wähle mit --data-dir einen anderen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 was created by a newer version of Dewey (schema %2, this version understands up to %3). Install the newer Dewey, or choose another data folder.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Dewey-Version angelegt (Schema %2, diese Version versteht bis %3). Installiere das neuere Dewey oder wähle einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>This build of Dewey has a broken database schema (%1). Please report it.</source>
        <translation>Dieser Dewey-Build hat ein fehlerhaftes Datenbankschema (%1). Bitte melde das.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is missing, so Dewey cannot open %1. Reinstall Dewey.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) fehlt, daher kann Dewey %1 nicht öffnen. Installiere Dewey neu.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database connection name &quot;%2&quot; is already in use.</source>
        <translation>%1 kann nicht geöffnet werden: Der Verbindungsname „%2“ wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The folder %1 for Dewey&apos;s database does not exist. Create it, or choose another data folder.</source>
        <translation>Der Ordner %1 für Deweys Datenbank existiert nicht. Lege ihn an oder wähle einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Dewey cannot read its database %1 (%2). Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey kann seine Datenbank %1 nicht lesen (%2). Prüfe die Berechtigungen der Datei oder wähle einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The file %1 is not a Dewey database or is damaged; it was left untouched. Move it away to start fresh, or restore a backup. (Details: %2)</source>
        <translation>Die Datei %1 ist keine Dewey-Datenbank oder ist beschädigt; sie wurde nicht angetastet. Verschiebe sie, um neu anzufangen, oder stelle eine Sicherung wieder her. (Details: %2)</translation>
    </message>
    <message>
        <source>Dewey cannot write to the folder %1 that holds its database. Check the folder&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey kann nicht in den Ordner %1 schreiben, der seine Datenbank enthält. Prüfe die Berechtigungen des Ordners oder wähle einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Dewey cannot write to its database %1. Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey kann nicht in seine Datenbank %1 schreiben. Prüfe die Berechtigungen der Datei oder wähle einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Dewey cannot open its database %1: %2</source>
        <translation>Dewey kann seine Datenbank %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>it cannot use write-ahead logging (SQLite answered &quot;%1&quot;); a network drive may be the cause</source>
        <translation>Write-Ahead-Logging ist nicht möglich (SQLite antwortete „%1“); ein Netzlaufwerk kann die Ursache sein</translation>
    </message>
    <message>
        <source>Dewey cannot read the schema of its database %1: %2</source>
        <translation>Dewey kann das Schema seiner Datenbank %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Dewey could not update its database %1: migration %2 (%3) failed: %4. The database was left at schema %5.</source>
        <translation>Dewey konnte seine Datenbank %1 nicht aktualisieren: Migration %2 (%3) ist fehlgeschlagen: %4. Die Datenbank bleibt auf Schema %5.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it does not start with an SQLite header</source>
        <translation>sie beginnt nicht mit einem SQLite-Header</translation>
    </message>
    <message>
        <source>it is shorter than an SQLite header</source>
        <translation>sie ist kürzer als ein SQLite-Header</translation>
    </message>
    <message>
        <source>it is cut off: its header counts %1 bytes but the file holds %2</source>
        <translation>sie ist abgeschnitten: Laut Header hat sie %1 Bytes, die Datei enthält aber %2</translation>
    </message>
</context>
<context>
    <name>Dewey::AboutDialog</name>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>About Dewey</source>
        <translation>Über Dewey</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dewey %1&lt;/h3&gt;&lt;p&gt;Store sale alerts and a notes assistant for livestreamers.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your sales, your notes and your keys.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. QtKeychain %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dewey %1&lt;/h3&gt;&lt;p&gt;Verkaufs-Alerts für deinen Shop und ein Notizassistent für Livestreamer.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer: deine Verkäufe, deine Notizen und deine Schlüssel.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3. QtKeychain %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; is © The Qt Company Ltd. and other contributors, used under the GNU Lesser General Public License version 3 (&lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;). Dewey loads the Qt libraries from separate files, so you may replace them with your own build; Qt&apos;s source code is at &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; is © Frank Osterfeld and other contributors, used under the BSD 3-Clause License (&lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD-3-Clause&lt;/a&gt;): it comes without any warranty, and its authors&apos; names may not be used to promote Dewey.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; ist © The Qt Company Ltd. und weitere Mitwirkende und wird unter der GNU Lesser General Public License Version 3 (&lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;) verwendet. Dewey lädt die Qt-Bibliotheken aus eigenen Dateien, du kannst sie also durch einen eigenen Build ersetzen; den Quellcode von Qt gibt es auf &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; ist © Frank Osterfeld und weitere Mitwirkende und wird unter der BSD-3-Clause-Lizenz (&lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD-3-Clause&lt;/a&gt;) verwendet: Es gibt keinerlei Gewährleistung, und die Namen der Autoren dürfen nicht zur Werbung für Dewey verwendet werden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertCard</name>
    <message>
        <source>Alert card</source>
        <translation>Alert-Karte</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertPreview</name>
    <message>
        <source>Alert preview</source>
        <translation>Alert-Vorschau</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertQueue</name>
    <message>
        <source>Dewey could not read the waiting alerts from its database.</source>
        <translation>Dewey konnte die wartenden Alerts nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>The sale is too old to be shown on stream.</source>
        <translation>Der Verkauf ist zu alt, um im Stream gezeigt zu werden.</translation>
    </message>
    <message>
        <source>This sale has already been queued.</source>
        <translation>Dieser Verkauf ist bereits eingereiht.</translation>
    </message>
    <message>
        <source>Refunded or disputed sales are not shown on stream.</source>
        <translation>Erstattete oder angefochtene Verkäufe werden im Stream nicht gezeigt.</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Alerts are paused: new sales are recorded, but not shown on stream.</source>
        <translation>Alerts sind pausiert: Neue Verkäufe werden erfasst, aber nicht im Stream gezeigt.</translation>
    </message>
    <message>
        <source>Overlay for OBS</source>
        <translation>Overlay für OBS</translation>
    </message>
    <message>
        <source>Overlay URL</source>
        <translation>Overlay-URL</translation>
    </message>
    <message>
        <source>Appears when the overlay server is running</source>
        <translation>Erscheint, sobald der Overlay-Server läuft</translation>
    </message>
    <message>
        <source>Overlay &amp;URL:</source>
        <translation>Overlay-&amp;URL:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show alerts in OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;In OBS, add a source to your scene: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the overlay URL into the &lt;b&gt;URL&lt;/b&gt; field.&lt;/li&gt;&lt;li&gt;Set &lt;b&gt;Width&lt;/b&gt; to 1920 and &lt;b&gt;Height&lt;/b&gt; to 1080, then click &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The overlay is transparent until a sale comes in. Keep the URL private: anyone with it can watch your alerts.</source>
        <translation>&lt;b&gt;Alerts in OBS zeigen&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Füge in OBS deiner Szene eine Quelle hinzu: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Füge die Overlay-URL in das Feld &lt;b&gt;URL&lt;/b&gt; ein.&lt;/li&gt;&lt;li&gt;Setze &lt;b&gt;Breite&lt;/b&gt; auf 1920 und &lt;b&gt;Höhe&lt;/b&gt; auf 1080 und klicke auf &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Das Overlay ist durchsichtig, bis ein Verkauf eingeht. Halte die URL geheim: Wer sie hat, kann deine Alerts sehen.</translation>
    </message>
    <message>
        <source>Stripe webhooks</source>
        <translation>Stripe-Webhooks</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Appears when the webhook receiver is running</source>
        <translation>Erscheint, sobald der Webhook-Empfänger läuft</translation>
    </message>
    <message>
        <source>&amp;Webhook URL (local):</source>
        <translation>Webhook-UR&amp;L (lokal):</translation>
    </message>
    <message>
        <source>The overlay server is not running, so OBS cannot show alerts. Restart Dewey; if this persists, choose another overlay port in Settings.</source>
        <translation>Der Overlay-Server läuft nicht, daher kann OBS keine Alerts zeigen. Starte Dewey neu; falls das Problem bleibt, wähle in den Einstellungen einen anderen Overlay-Port.</translation>
    </message>
    <message>
        <source>Running on port %1. No overlay is connected yet.</source>
        <translation>Läuft auf Port %1. Noch ist kein Overlay verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Running on port %1. Connected overlays: %n.</source>
        <translation>
            <numerusform>Läuft auf Port %1. Verbundene Overlays: %n.</numerusform>
            <numerusform>Läuft auf Port %1. Verbundene Overlays: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>Alerts fortsetzen</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>Alerts pausieren</translation>
    </message>
    <message>
        <source>Show sale alerts on stream again</source>
        <translation>Verkaufs-Alerts wieder im Stream zeigen</translation>
    </message>
    <message>
        <source>Stop showing sale alerts on stream; sales are still recorded</source>
        <translation>Verkaufs-Alerts nicht mehr im Stream zeigen; Verkäufe werden weiter erfasst</translation>
    </message>
    <message>
        <source>Alert queue: empty.</source>
        <translation>Alert-Warteschlange: leer.</translation>
    </message>
    <message numerus="yes">
        <source>Alert queue: %n waiting.</source>
        <translation>
            <numerusform>Alert-Warteschlange: %n wartet.</numerusform>
            <numerusform>Alert-Warteschlange: %n warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>They play when you resume alerts.</source>
        <translation>Sie erscheinen, wenn du die Alerts fortsetzt.</translation>
    </message>
    <message>
        <source>They play when an overlay connects.</source>
        <translation>Sie erscheinen, sobald sich ein Overlay verbindet.</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Sales &amp;history</source>
        <translation>Verkaufs&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>&amp;Stufen</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>Alert-Warteschlange</translation>
    </message>
    <message>
        <source>S&amp;kip current</source>
        <translation>Aktuellen ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Take the alert on screen off now</source>
        <translation>Den Alert auf dem Bildschirm jetzt ausblenden</translation>
    </message>
    <message>
        <source>&amp;Clear waiting</source>
        <translation>Wartende &amp;leeren</translation>
    </message>
    <message>
        <source>Drop the waiting alerts; the sales stay in the history and can be replayed</source>
        <translation>Verwirft die wartenden Alerts; die Verkäufe bleiben im Verlauf und können erneut abgespielt werden</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>&amp;Test-Alert senden</translation>
    </message>
    <message>
        <source>Shows a made-up sale on the overlay, to check OBS shows it</source>
        <translation>Zeigt einen ausgedachten Verkauf im Overlay, um zu prüfen, ob OBS ihn anzeigt</translation>
    </message>
    <message>
        <source>&amp;Regenerate URL…</source>
        <translation>URL &amp;neu erzeugen…</translation>
    </message>
    <message>
        <source>Make a new secret overlay URL, e.g. after it was shown on stream</source>
        <translation>Erzeugt eine neue geheime Overlay-URL, z. B. nachdem sie im Stream zu sehen war</translation>
    </message>
    <message>
        <source>Stripe reaches this address through a tunnel (the Stripe CLI, cloudflared or ngrok), chosen in Settings → Stripe.</source>
        <translation>Stripe erreicht diese Adresse über einen Tunnel (Stripe CLI, cloudflared oder ngrok), den du unter Einstellungen → Stripe wählst.</translation>
    </message>
    <message>
        <source>Now showing: %1</source>
        <translation>Gerade sichtbar: %1</translation>
    </message>
    <message>
        <source>Nothing on screen.</source>
        <translation>Nichts auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Could not send a test alert: %1</source>
        <translation>Test-Alert konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Test alert queued.</source>
        <translation>Test-Alert eingereiht.</translation>
    </message>
    <message>
        <source>Could not clear the queue: %1</source>
        <translation>Die Warteschlange konnte nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>Waiting alerts cleared: %1. Replay any sale from the sales history.</source>
        <translation>Wartende Alerts gelöscht: %1. Jeden Verkauf kannst du im Verkaufsverlauf erneut abspielen.</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>Live-Alerts</translation>
    </message>
</context>
<context>
    <name>Dewey::AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Desi&amp;gn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies after Dewey restarts.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Dewey.</translation>
    </message>
    <message>
        <source>Show alerts in an always-on-top window on this computer</source>
        <translation>Alerts in einem Fenster im Vordergrund auf diesem Computer zeigen</translation>
    </message>
    <message>
        <source>Overlay window screen</source>
        <translation>Bildschirm des Overlay-Fensters</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Hauptbildschirm</translation>
    </message>
    <message>
        <source>Overlay window corner</source>
        <translation>Ecke des Overlay-Fensters</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Oben rechts</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Oben links</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <source>Overlay window &amp;screen:</source>
        <translation>&amp;Bildschirm des Overlay-Fensters:</translation>
    </message>
    <message>
        <source>Overlay window &amp;corner:</source>
        <translation>&amp;Ecke des Overlay-Fensters:</translation>
    </message>
    <message>
        <source>Overlay window:</source>
        <translation>Overlay-Fenster:</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>Let clicks pass t&amp;hrough the overlay window</source>
        <translation>Klicks d&amp;urch das Overlay-Fenster durchlassen</translation>
    </message>
    <message>
        <source>On: clicking where the alert is reaches the game below it</source>
        <translation>An: Ein Klick auf den Alert erreicht das Spiel darunter</translation>
    </message>
    <message>
        <source>The window never takes the keyboard from the game. Also in the tray menu.</source>
        <translation>Das Fenster nimmt dem Spiel nie die Tastatur weg. Auch im Tray-Menü.</translation>
    </message>
</context>
<context>
    <name>Dewey::AssistantSection</name>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>API-Schlüssel ändern…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Dewey answers with OpenAI, or with any server that speaks the OpenAI API: Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1), llama.cpp.</source>
        <translation>Dewey antwortet mit OpenAI oder mit jedem Server, der die OpenAI-API spricht: Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1), llama.cpp.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Leer: %1</translation>
    </message>
    <message>
        <source>Server base URL</source>
        <translation>Basis-URL des Servers</translation>
    </message>
    <message>
        <source>With the version path, as the OpenAI SDKs write it; empty: %1</source>
        <translation>Mit dem Versionspfad, so wie die OpenAI-SDKs ihn schreiben; leer: %1</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problem mit der Basis-URL</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Lower keeps answers close to your notes; higher words them more freely.</source>
        <translation>Niedriger hält die Antworten nah an deinen Notizen; höher formuliert sie freier.</translation>
    </message>
    <message>
        <source>Change the OpenAI API key in Settings, Secrets</source>
        <translation>Den OpenAI-API-Schlüssel unter Einstellungen, Schlüssel ändern</translation>
    </message>
    <message>
        <source>Save the Dewey settings</source>
        <translation>Die Dewey-Einstellungen speichern</translation>
    </message>
    <message>
        <source>Test the connection to the server</source>
        <translation>Die Verbindung zum Server testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>%1 is set, so Dewey uses that server instead of this one.</source>
        <translation>%1 ist gesetzt, daher verwendet Dewey diesen Server statt dieses hier.</translation>
    </message>
    <message>
        <source>Set (kept with the other keys in Secrets).</source>
        <translation>Gesetzt (bei den anderen Schlüsseln unter Schlüssel gespeichert).</translation>
    </message>
    <message>
        <source>Not set. OpenAI needs one; most local servers do not.</source>
        <translation>Nicht gesetzt. OpenAI braucht einen; die meisten lokalen Server nicht.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>OK: %1 answered and offers the model %2.</source>
        <translation>OK: %1 hat geantwortet und bietet das Modell %2 an.</translation>
    </message>
    <message>
        <source>%1 answered, but it has no model named %2. It offers: %3.</source>
        <translation>%1 hat geantwortet, hat aber kein Modell namens %2. Angeboten werden: %3.</translation>
    </message>
    <message>
        <source>%1 refused the API key. Check the key in Settings → Secrets.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt. Prüfe den Schlüssel unter Einstellungen → Schlüssel.</translation>
    </message>
    <message>
        <source>%1 needs an API key. Enter it in Settings → Secrets.</source>
        <translation>%1 braucht einen API-Schlüssel. Gib ihn unter Einstellungen → Schlüssel ein.</translation>
    </message>
    <message>
        <source>No server is reachable at %1. Is it running, and is the address right?</source>
        <translation>Unter %1 ist kein Server erreichbar. Läuft er, und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>%1 has no model named %2.</source>
        <translation>%1 hat kein Modell namens %2.</translation>
    </message>
</context>
<context>
    <name>Dewey::CatchUp</name>
    <message>
        <source>Catch-up needs the Stripe secret key: add it in Settings → Secrets.</source>
        <translation>Der Abgleich braucht den geheimen Stripe-Schlüssel: Füge ihn unter Einstellungen → Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Stripe&apos;s event list did not end after %1 pages; catch-up stopped.</source>
        <translation>Stripes Ereignisliste endete nicht nach %1 Seiten; Abgleich abgebrochen.</translation>
    </message>
    <message>
        <source>Could not record event %1: %2</source>
        <translation>Ereignis %1 konnte nicht erfasst werden: %2</translation>
    </message>
    <message>
        <source>Dewey last caught up with Stripe on %1. Stripe keeps events for %2 days, so sales from %1 to %3 may be missing here: check them in your Stripe dashboard.</source>
        <translation>Dewey hat sich zuletzt am %1 mit Stripe abgeglichen. Stripe bewahrt Ereignisse %2 Tage auf, daher können hier Verkäufe vom %1 bis %3 fehlen: Prüfe sie in deinem Stripe-Dashboard.</translation>
    </message>
    <message>
        <source>Catching up with Stripe…</source>
        <translation>Abgleich mit Stripe läuft…</translation>
    </message>
    <message>
        <source>Not caught up yet.</source>
        <translation>Noch nicht abgeglichen.</translation>
    </message>
    <message>
        <source>Catch-up at %1 failed: %2</source>
        <translation>Abgleich um %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Caught up at %1: no missed sales.</source>
        <translation>Abgeglichen um %1: keine verpassten Verkäufe.</translation>
    </message>
    <message numerus="yes">
        <source>Caught up at %1: %n missed sale(s) recorded.</source>
        <translation>
            <numerusform>Abgeglichen um %1: %n verpasster Verkauf erfasst.</numerusform>
            <numerusform>Abgeglichen um %1: %n verpasste Verkäufe erfasst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::ChatErrorBanner</name>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Problem with the last answer</source>
        <translation>Problem mit der letzten Antwort</translation>
    </message>
    <message>
        <source>Open Settings to fix the OpenAI connection</source>
        <translation>Einstellungen öffnen, um die OpenAI-Verbindung zu reparieren</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dewey could not reach the OpenAI server: the network seems to be down. Your message is saved; press Retry when you are back online.</source>
        <translation>Dewey konnte den OpenAI-Server nicht erreichen: Das Netzwerk scheint weg zu sein. Deine Nachricht ist gespeichert; klicke auf „Erneut versuchen“, sobald du wieder online bist.</translation>
    </message>
    <message>
        <source>OpenAI is limiting how fast Dewey may ask right now. Your message is saved; press Retry in a moment.</source>
        <translation>OpenAI begrenzt gerade, wie oft Dewey fragen darf. Deine Nachricht ist gespeichert; klicke gleich auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The OpenAI server had a problem answering. Your message is saved; press Retry.</source>
        <translation>Der OpenAI-Server hatte ein Problem beim Antworten. Deine Nachricht ist gespeichert; klicke auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Dewey could not answer.</source>
        <translation>Dewey konnte nicht antworten.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Your OpenAI API key was refused — check it in Settings → Secrets.</source>
        <translation>Dein OpenAI-API-Schlüssel wurde abgelehnt – prüfe ihn unter Einstellungen → Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatInput</name>
    <message>
        <source>Message to Dewey</source>
        <translation>Nachricht an Dewey</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile, Esc stoppt die Antwort.</translation>
    </message>
    <message>
        <source>Tell Dewey something to remember, or ask about your notes…</source>
        <translation>Erzähl Dewey etwas, das er sich merken soll, oder frag nach deinen Notizen…</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatMessageView</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Deine Nachricht</translation>
    </message>
    <message>
        <source>Dewey&apos;s answer</source>
        <translation>Deweys Antwort</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatSession</name>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Diese Unterhaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Type a note or a question first.</source>
        <translation>Schreib zuerst eine Notiz oder eine Frage.</translation>
    </message>
    <message>
        <source>Dewey is still answering. Wait for the answer, or press Stop.</source>
        <translation>Dewey antwortet noch. Warte auf die Antwort oder klicke auf Stopp.</translation>
    </message>
    <message>
        <source>Dewey is still answering.</source>
        <translation>Dewey antwortet noch.</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>Keine Nachricht wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>The model sent an empty answer. Try again, or choose another model in Settings.</source>
        <translation>Das Modell hat eine leere Antwort geschickt. Versuch es noch einmal oder wähle in den Einstellungen ein anderes Modell.</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatView</name>
    <message>
        <source>Conversation with Dewey</source>
        <translation>Unterhaltung mit Dewey</translation>
    </message>
</context>
<context>
    <name>Dewey::CitationChips</name>
    <message>
        <source>Notes this answer cites</source>
        <translation>Notizen, die diese Antwort zitiert</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>Open note %1</source>
        <translation>Notiz %1 öffnen</translation>
    </message>
</context>
<context>
    <name>Dewey::CloudflaredTunnel</name>
    <message>
        <source>Cloudflare did not hand out a quick tunnel (it limits how often one can be made); Dewey tries again shortly.</source>
        <translation>Cloudflare hat keinen Quick Tunnel vergeben (es begrenzt, wie oft einer erstellt werden kann); Dewey versucht es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Dewey::ControlServer</name>
    <message>
        <source>Could not write the control token in %1: %2</source>
        <translation>Das Steuer-Token konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not open the control channel %1: %2</source>
        <translation>Der Steuerkanal %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>Anfrage zu groß.</translation>
    </message>
    <message>
        <source>Malformed request: %1</source>
        <translation>Fehlerhafte Anfrage: %1</translation>
    </message>
    <message>
        <source>Wrong control token.</source>
        <translation>Falsches Steuer-Token.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Dewey could not start a conversation in its database: %1</source>
        <translation>Dewey konnte in seiner Datenbank keine Unterhaltung beginnen: %1</translation>
    </message>
    <message>
        <source>A conversation needs a name.</source>
        <translation>Eine Unterhaltung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Dewey could not rename the conversation: %1</source>
        <translation>Dewey konnte die Unterhaltung nicht umbenennen: %1</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Die Unterhaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Dewey could not delete the conversation: %1</source>
        <translation>Dewey konnte die Unterhaltung nicht löschen: %1</translation>
    </message>
    <message>
        <source>Dewey could not save the message in its database: %1</source>
        <translation>Dewey konnte die Nachricht nicht in seiner Datenbank speichern: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Frühere Unterhaltungen</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Eine neue Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Rename the selected conversation</source>
        <translation>Die gewählte Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Die gewählte Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n message(s)? The notes Dewey saved stay.</source>
        <translation>
            <numerusform>„%1“ und %n Nachricht löschen? Die von Dewey gespeicherten Notizen bleiben.</numerusform>
            <numerusform>„%1“ und %n Nachrichten löschen? Die von Dewey gespeicherten Notizen bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last message %1</source>
        <translation>Letzte Nachricht %1</translation>
    </message>
</context>
<context>
    <name>Dewey::CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Dewey::CustomCommandTunnel</name>
    <message>
        <source>Custom tunnel</source>
        <translation>Eigener Tunnel</translation>
    </message>
    <message>
        <source>Enter the tunnel command in Settings → Stripe, with {port} where the webhook port goes.</source>
        <translation>Gib den Tunnel-Befehl unter Einstellungen → Stripe ein, mit {port} an der Stelle des Webhook-Ports.</translation>
    </message>
    <message>
        <source>The tunnel command &quot;%1&quot; could not be read (check its quotes).</source>
        <translation>Der Tunnel-Befehl „%1“ konnte nicht gelesen werden (prüfe die Anführungszeichen).</translation>
    </message>
    <message>
        <source>The URL pattern in Settings → Stripe is not a valid regular expression: %1</source>
        <translation>Das URL-Muster unter Einstellungen → Stripe ist kein gültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::DeweyPage</name>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Dewey, your notes assistant</source>
        <translation>Dewey, dein Notizassistent</translation>
    </message>
    <message>
        <source>Tell Dewey small facts as they come up — a friend&apos;s unit number, the Airbnb lock code, a sponsor&apos;s discount code — and later ask for them in plain words. Dewey answers from your notes, shows which ones, and says so when it does not know.</source>
        <translation>Erzähl Dewey kleine Fakten, wie sie dir unterkommen – die Wohnungsnummer eines Freundes, den Türcode der Airbnb-Wohnung, den Rabattcode eines Sponsors – und frag später in deinen eigenen Worten danach. Dewey antwortet aus deinen Notizen, zeigt, welche es waren, und sagt es, wenn er etwas nicht weiß.</translation>
    </message>
    <message>
        <source>Open Settings to enter the OpenAI API key</source>
        <translation>Einstellungen öffnen, um den OpenAI-API-Schlüssel einzugeben</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabe)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <source>Stop (Esc); the part of the answer that arrived is kept</source>
        <translation>Stoppen (Esc); der bereits angekommene Teil der Antwort bleibt</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3)…</translation>
    </message>
    <message>
        <source>Forget a note</source>
        <translation>Eine Notiz vergessen</translation>
    </message>
    <message>
        <source>Dewey wants to delete note %1:

%2</source>
        <translation>Dewey möchte Notiz %1 löschen:

%2</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Stopped — this is the part of the answer that arrived.</source>
        <translation>Gestoppt – das ist der Teil der Antwort, der angekommen ist.</translation>
    </message>
    <message>
        <source>Interrupted — the answer did not arrive completely.</source>
        <translation>Unterbrochen – die Antwort ist nicht vollständig angekommen.</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>Deine Notizen werden durchsucht…</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>Keine Nachricht wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>The last message has no answer yet.</source>
        <translation>Die letzte Nachricht hat noch keine Antwort.</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Diese Notiz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Your OpenAI API key is set. Tell Dewey something to remember, or ask about your notes.</source>
        <translation>Dein OpenAI-API-Schlüssel ist gesetzt. Erzähl Dewey etwas, das er sich merken soll, oder frag nach deinen Notizen.</translation>
    </message>
    <message>
        <source>Dewey talks to the server set in Settings. Tell Dewey something to remember, or ask about your notes.</source>
        <translation>Dewey spricht mit dem Server aus den Einstellungen. Erzähl Dewey etwas, das er sich merken soll, oder frag nach deinen Notizen.</translation>
    </message>
    <message>
        <source>Dewey needs an OpenAI API key to answer (or a server that speaks the OpenAI API). Add it in Settings.</source>
        <translation>Dewey braucht zum Antworten einen OpenAI-API-Schlüssel (oder einen Server, der die OpenAI-API spricht). Füge ihn in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Conversations and notes</source>
        <translation>Unterhaltungen und Notizen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Dewey::EmbeddingIndexer</name>
    <message>
        <source>Cannot store note vectors: %1</source>
        <translation>Notizvektoren können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The embedding server returned vectors Dewey could not store.</source>
        <translation>Der Embedding-Server hat Vektoren geliefert, die Dewey nicht speichern konnte.</translation>
    </message>
</context>
<context>
    <name>Dewey::EmbeddingReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Dewey::EndpointRegistrar</name>
    <message>
        <source>Dewey sale alerts on %1</source>
        <translation>Dewey-Verkaufs-Alerts auf %1</translation>
    </message>
    <message>
        <source>There is no public address to register yet: choose a tunnel in Settings → Stripe and wait until it is connected.</source>
        <translation>Es gibt noch keine öffentliche Adresse zum Registrieren: Wähle unter Einstellungen → Stripe einen Tunnel und warte, bis er verbunden ist.</translation>
    </message>
    <message>
        <source>Connecting needs the Stripe secret key: add it in Settings → Secrets.</source>
        <translation>Zum Verbinden wird der geheime Stripe-Schlüssel gebraucht: Füge ihn unter Einstellungen → Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Dewey had no webhook endpoint in this Stripe account.</source>
        <translation>Dewey hatte in diesem Stripe-Konto keinen Webhook-Endpunkt.</translation>
    </message>
    <message>
        <source>Removed Dewey&apos;s webhook endpoint from Stripe.</source>
        <translation>Deweys Webhook-Endpunkt wurde aus Stripe entfernt.</translation>
    </message>
    <message>
        <source>Stripe sends sales to %1.</source>
        <translation>Stripe sendet Verkäufe an %1.</translation>
    </message>
    <message>
        <source>Stripe allows 16 webhook endpoints per account, and all are in use. Remove old ones in the Stripe dashboard (Developers → Webhooks), then connect again.</source>
        <translation>Stripe erlaubt 16 Webhook-Endpunkte pro Konto, und alle sind belegt. Entferne alte im Stripe-Dashboard (Entwickler → Webhooks) und verbinde dich dann erneut.</translation>
    </message>
    <message>
        <source>Connected: Stripe sends sales to %1.</source>
        <translation>Verbunden: Stripe sendet Verkäufe an %1.</translation>
    </message>
    <message>
        <source>Updated: Stripe sends sales to %1.</source>
        <translation>Aktualisiert: Stripe sendet Verkäufe an %1.</translation>
    </message>
</context>
<context>
    <name>Dewey::FixedUrlTunnel</name>
    <message>
        <source>Your own address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <source>Enter your public address in Settings → Stripe (for example https://alerts.example.com).</source>
        <translation>Gib deine öffentliche Adresse unter Einstellungen → Stripe ein (zum Beispiel https://alerts.example.com).</translation>
    </message>
    <message>
        <source>Using %1; it must forward to 127.0.0.1:%2.</source>
        <translation>%1 wird verwendet; sie muss an 127.0.0.1:%2 weiterleiten.</translation>
    </message>
</context>
<context>
    <name>Dewey::GeneralSection</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Start Dewey when I &amp;log in</source>
        <translation>Dewey beim Anme&amp;lden starten</translation>
    </message>
    <message>
        <source>Start in the &amp;tray, without the window</source>
        <translation>Im &amp;Tray starten, ohne Fenster</translation>
    </message>
    <message>
        <source>Notify me of &amp;sales while the window is hidden</source>
        <translation>Bei &amp;Verkäufen benachrichtigen, während das Fenster verborgen ist</translation>
    </message>
    <message>
        <source>Start Dewey when I log in</source>
        <translation>Dewey beim Anmelden starten</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>Im Tray starten</translation>
    </message>
    <message>
        <source>Sale notifications</source>
        <translation>Verkaufsbenachrichtigungen</translation>
    </message>
    <message>
        <source>Desktop notifications can show up in a screen capture.</source>
        <translation>Desktop-Benachrichtigungen können in einer Bildschirmaufnahme zu sehen sein.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
</context>
<context>
    <name>Dewey::HttpListener</name>
    <message>
        <source>Port %1 on %2 is already in use by another program (or another copy of Dewey). Close that program or choose another port.</source>
        <translation>Port %1 auf %2 wird bereits von einem anderen Programm (oder einer weiteren Dewey-Instanz) verwendet. Schließe dieses Programm oder wähle einen anderen Port.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Could not start the HTTP server on %1 port %2.</source>
        <translation>Der HTTP-Server auf %1 Port %2 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>Dewey::KeychainSecretBackend</name>
    <message>
        <source>The system keychain answered: %1</source>
        <translation>Der Schlüsselbund des Systems antwortete: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::KeyringBanner</name>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Store in a file in the data folder (readable by anyone with access to your account)</source>
        <translation>In einer Datei im Datenordner speichern (lesbar für alle mit Zugriff auf dein Benutzerkonto)</translation>
    </message>
    <message>
        <source>No system keyring</source>
        <translation>Kein Schlüsselbund im System</translation>
    </message>
    <message>
        <source>Nothing is written to disk. You paste your keys again after restarting Dewey. Dewey uses the system keyring as soon as one is available.</source>
        <translation>Es wird nichts auf die Festplatte geschrieben. Nach einem Neustart von Dewey fügst du deine Schlüssel erneut ein. Dewey nutzt den Schlüsselbund des Systems, sobald einer verfügbar ist.</translation>
    </message>
    <message>
        <source>Keys are written unencrypted to a file only your user account can open.</source>
        <translation>Schlüssel werden unverschlüsselt in eine Datei geschrieben, die nur dein Benutzerkonto öffnen kann.</translation>
    </message>
    <message>
        <source>Store secrets in a file?</source>
        <translation>Geheimnisse in einer Datei speichern?</translation>
    </message>
    <message>
        <source>Your API keys will be written, unencrypted, to secrets.json in the data folder. Anyone who can open files of your user account (or a backup of them) can read them. Keep them for this session only if you are unsure.</source>
        <translation>Deine API-Schlüssel werden unverschlüsselt in secrets.json im Datenordner geschrieben. Wer Dateien deines Benutzerkontos (oder eine Sicherung davon) öffnen kann, kann sie lesen. Behalte sie im Zweifel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Store in a file</source>
        <translation>In einer Datei speichern</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets are stored in a file in the data folder.</source>
        <translation>Es wurde kein Schlüsselbund im System gefunden, daher werden Geheimnisse in einer Datei im Datenordner gespeichert.</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets are kept for this session only.</source>
        <translation>Es wurde kein Schlüsselbund im System gefunden, daher werden Geheimnisse nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Could not change where secrets are kept: %1</source>
        <translation>Der Speicherort der Geheimnisse konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::LiveAlertPreview</name>
    <message>
        <source>Alert preview</source>
        <translation>Alert-Vorschau</translation>
    </message>
    <message>
        <source>preview in the Alerts area</source>
        <translation>Vorschau im Bereich Alerts</translation>
    </message>
    <message>
        <source>Live preview — on screen now, as your viewers see it:</source>
        <translation>Live-Vorschau – jetzt im Bild, so wie deine Zuschauer es sehen:</translation>
    </message>
    <message>
        <source>Live preview — alerts are paused. Up next when you resume:</source>
        <translation>Live-Vorschau – Alerts sind pausiert. Als Nächstes, wenn du fortsetzt:</translation>
    </message>
    <message>
        <source>Live preview — alerts appear here as your viewers see them. Up next:</source>
        <translation>Live-Vorschau – Alerts erscheinen hier so, wie deine Zuschauer sie sehen. Als Nächstes:</translation>
    </message>
</context>
<context>
    <name>Dewey::MainWindow</name>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Chat with Dewey about your notes (Ctrl+1)</source>
        <translation>Mit Dewey über deine Notizen chatten (Strg+1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Overlay for OBS, webhooks and recent sales (Ctrl+2)</source>
        <translation>Overlay für OBS, Webhooks und letzte Verkäufe (Strg+2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance, servers and secrets (Ctrl+3)</source>
        <translation>Darstellung, Server und Schlüssel (Strg+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit Dewey</source>
        <translation>Dewey &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dewey</source>
        <translation>&amp;Dewey</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Setup guide…</source>
        <translation>&amp;Einrichtungsassistent…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Dewey</source>
        <translation>Ü&amp;ber Dewey</translation>
    </message>
    <message>
        <source>Dewey is still running</source>
        <translation>Dewey läuft weiter</translation>
    </message>
    <message>
        <source>Dewey keeps showing sale alerts while its window is closed. Open it again from the tray icon; quit from the tray menu.</source>
        <translation>Dewey zeigt weiter Verkaufs-Alerts, auch wenn sein Fenster geschlossen ist. Öffne es wieder über das Tray-Symbol; beenden kannst du es über das Tray-Menü.</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Test-Alert</translation>
    </message>
    <message>
        <source>Dewey could not queue the test alert: %1</source>
        <translation>Dewey konnte den Test-Alert nicht einreihen: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Dewey could not open a file manager. The data folder is:
%1</source>
        <translation>Dewey konnte keinen Dateimanager öffnen. Der Datenordner ist:
%1</translation>
    </message>
</context>
<context>
    <name>Dewey::NgrokTunnel</name>
    <message>
        <source>ngrok needs your account&apos;s authtoken. Sign up at ngrok.com, then run &quot;ngrok config add-authtoken &lt;your token&gt;&quot; once in a terminal.</source>
        <translation>ngrok braucht den Authtoken deines Kontos. Registriere dich auf ngrok.com und führe dann einmal &quot;ngrok config add-authtoken &lt;dein Token&gt;&quot; in einem Terminal aus.</translation>
    </message>
    <message>
        <source>ngrok is already running somewhere else with your account, and free accounts allow only one. Close the other ngrok, then restart the tunnel.</source>
        <translation>ngrok läuft bereits anderswo mit deinem Konto, und kostenlose Konten erlauben nur eine Instanz. Schließe das andere ngrok und starte den Tunnel neu.</translation>
    </message>
    <message>
        <source>ngrok&apos;s agent API at %1 lists %2</source>
        <translation>Die Agent-API von ngrok unter %1 meldet %2</translation>
    </message>
</context>
<context>
    <name>Dewey::NoteRetriever</name>
    <message>
        <source>Finding notes by their words only: %1</source>
        <translation>Notizen werden nur über ihre Wörter gefunden: %1</translation>
    </message>
    <message>
        <source>Finding notes by their words only for now: %1 Dewey will try again.</source>
        <translation>Notizen werden vorerst nur über ihre Wörter gefunden: %1 Dewey versucht es erneut.</translation>
    </message>
    <message>
        <source>Finding notes by their words only: no note has been indexed by meaning yet.</source>
        <translation>Notizen werden nur über ihre Wörter gefunden: Noch keine Notiz ist nach Bedeutung indiziert.</translation>
    </message>
    <message>
        <source>Finding notes by words and meaning.</source>
        <translation>Notizen werden über Wörter und Bedeutung gefunden.</translation>
    </message>
    <message>
        <source>Finding notes by meaning took too long, so these were found by their words only.</source>
        <translation>Die Suche nach Bedeutung hat zu lange gedauert, daher wurden diese Notizen nur über ihre Wörter gefunden.</translation>
    </message>
    <message>
        <source>These notes were found by their words only: %1</source>
        <translation>Diese Notizen wurden nur über ihre Wörter gefunden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Finding notes by words and meaning (%1 of %n note(s) ready).</source>
        <translation>
            <numerusform>Notizen werden über Wörter und Bedeutung gefunden (%1 von %n Notiz bereit).</numerusform>
            <numerusform>Notizen werden über Wörter und Bedeutung gefunden (%1 von %n Notizen bereit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesListModel</name>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>bearbeitet %1</translation>
    </message>
</context>
<context>
    <name>Dewey::NotesPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Notiz gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Notizen, neueste zuerst</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Text of a new note</source>
        <translation>Text einer neuen Notiz</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Gewählte Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected note (F2 or double-click)</source>
        <translation>Gewählte Notiz bearbeiten (F2 oder Doppelklick)</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Gewählte Notiz löschen</translation>
    </message>
    <message>
        <source>Import notes from a Markdown or JSON Lines file</source>
        <translation>Notizen aus einer Markdown- oder JSON-Lines-Datei importieren</translation>
    </message>
    <message>
        <source>Export all notes to a Markdown or JSON Lines file</source>
        <translation>Alle Notizen in eine Markdown- oder JSON-Lines-Datei exportieren</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>Löschen der Notiz rückgängig machen</translation>
    </message>
    <message>
        <source>Notes status</source>
        <translation>Status der Notizen</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>Notes (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;All files (*)</source>
        <translation>Notizen (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Dewey reads .jsonl and .md files; %1 is neither.</source>
        <translation>Dewey liest .jsonl- und .md-Dateien; %1 ist keins von beiden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>%n Notiz importiert</numerusform>
            <numerusform>%n Notizen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n Duplikat übersprungen</numerusform>
            <numerusform>, %n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>, %n Eintrag nicht lesbar</numerusform>
            <numerusform>, %n Einträge nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;Markdown (*.md)</source>
        <translation>JSON Lines (*.jsonl);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a name ending in .jsonl or .md.</source>
        <translation>Wähle einen Namen, der auf .jsonl oder .md endet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n Notiz nach %1 exportiert.</numerusform>
            <numerusform>%n Notizen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesRepository</name>
    <message>
        <source>The notes database is not open.</source>
        <translation>Die Notizdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Eine Notiz darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A note can be at most %1 characters long.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The note could not be changed: %1</source>
        <translation>Die Notiz konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>Es gibt keine Notiz %1.</translation>
    </message>
    <message>
        <source>A note cannot be empty; delete it instead.</source>
        <translation>Eine Notiz darf nicht leer sein; lösche sie stattdessen.</translation>
    </message>
    <message>
        <source>There is no deleted note %1 to restore.</source>
        <translation>Es gibt keine gelöschte Notiz %1 zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Undo adding the note</source>
        <translation>Hinzufügen der Notiz rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the edit</source>
        <translation>Bearbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>Löschen der Notiz rückgängig machen</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The note that was edited no longer exists.</source>
        <translation>Die bearbeitete Notiz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The notes could not be imported: %1</source>
        <translation>Die Notizen konnten nicht importiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::OpenAiEmbedder</name>
    <message>
        <source>The OpenAI base URL &quot;%1&quot; is not a valid address.</source>
        <translation>Die OpenAI-Basis-URL „%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set, so notes are found by their words only. Add a key in Settings to also find notes by meaning.</source>
        <translation>Es ist kein OpenAI-API-Schlüssel gesetzt, daher werden Notizen nur über ihre Wörter gefunden. Füge in den Einstellungen einen Schlüssel hinzu, um Notizen auch nach Bedeutung zu finden.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 refused the OpenAI API key (HTTP %2). Check the key in Settings.</source>
        <translation>%1 hat den OpenAI-API-Schlüssel abgelehnt (HTTP %2). Prüfe den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 is limiting requests: %2</source>
        <translation>%1 begrenzt die Anfragen: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 sent embeddings Dewey cannot use: %2</source>
        <translation>%1 hat Embeddings geschickt, die Dewey nicht verwenden kann: %2</translation>
    </message>
    <message>
        <source>%1 vectors for %2 texts</source>
        <translation>%1 Vektoren für %2 Texte</translation>
    </message>
    <message>
        <source>the vector positions do not match the texts</source>
        <translation>die Positionen der Vektoren passen nicht zu den Texten</translation>
    </message>
    <message>
        <source>vectors of %1 numbers instead of %2; set the embedding size to %1, or choose a model that supports %2</source>
        <translation>Vektoren mit %1 statt %2 Zahlen; setze die Embedding-Größe auf %1 oder wähle ein Modell, das %2 unterstützt</translation>
    </message>
    <message>
        <source>a vector of zeros</source>
        <translation>ein Vektor aus Nullen</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayLanMode</name>
    <message>
        <source>Second-PC mode found no local network address on this PC. Enter one in Settings.</source>
        <translation>Der Zweit-PC-Modus hat auf diesem PC keine lokale Netzwerkadresse gefunden. Gib eine in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program (or another copy of Dewey). Close that program or choose another port.</source>
        <translation>Port %1 auf %2 wird bereits von einem anderen Programm (oder einer weiteren Dewey-Instanz) verwendet. Schließe dieses Programm oder wähle einen anderen Port.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Could not start the HTTP server on %1 port %2.</source>
        <translation>Der HTTP-Server auf %1 Port %2 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The overlay server is not running.</source>
        <translation>Der Overlay-Server läuft nicht.</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayWindow</name>
    <message>
        <source>Dewey overlay</source>
        <translation>Dewey-Overlay</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayWindowController</name>
    <message>
        <source>native overlay window</source>
        <translation>natives Overlay-Fenster</translation>
    </message>
</context>
<context>
    <name>Dewey::ProcessTunnel</name>
    <message>
        <source>%1 did not report that it was ready within %2 seconds.</source>
        <translation>%1 hat sich nicht innerhalb von %2 Sekunden als bereit gemeldet.</translation>
    </message>
    <message>
        <source>%1 did not stop when asked; ending it.</source>
        <translation>%1 hat sich auf Anfrage nicht beendet; wird jetzt beendet.</translation>
    </message>
    <message>
        <source>%1 was not found. Install it (see &quot;Stripe setup&quot; in the README), or choose where the program is in Settings → Stripe.</source>
        <translation>%1 wurde nicht gefunden. Installiere es (siehe „Stripe setup“ in der README) oder wähle unter Einstellungen → Stripe, wo das Programm liegt.</translation>
    </message>
    <message>
        <source>The program chosen for %1 in Settings → Stripe (%2) is not there or cannot be run.</source>
        <translation>Das unter Einstellungen → Stripe für %1 gewählte Programm (%2) ist nicht vorhanden oder nicht ausführbar.</translation>
    </message>
    <message>
        <source>Starting %1: %2 %3</source>
        <translation>Starte %1: %2 %3</translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation>Beende %1.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2).</source>
        <translation>%1 wurde unerwartet beendet (Exit-Code %2).</translation>
    </message>
    <message>
        <source>%1 ended before it was ready (exit code %2).</source>
        <translation>%1 wurde beendet, bevor es bereit war (Exit-Code %2).</translation>
    </message>
    <message>
        <source>Its last line: %1</source>
        <translation>Letzte Zeile: %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>Dewey::SaleNotifier</name>
    <message>
        <source>New sale: %1</source>
        <translation>Neuer Verkauf: %1</translation>
    </message>
    <message>
        <source>%1 bought from your store.</source>
        <translation>%1 hat in deinem Shop gekauft.</translation>
    </message>
    <message>
        <source>%1 bought %2.</source>
        <translation>%1 hat %2 gekauft.</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesHistoryModel</name>
    <message>
        <source>Not alerted</source>
        <translation>Kein Alert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Alerted</source>
        <translation>Alert gezeigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>(items unknown)</source>
        <translation>(Artikel unbekannt)</translation>
    </message>
    <message>
        <source>%1, refunded</source>
        <translation>%1, erstattet</translation>
    </message>
    <message>
        <source>%1, disputed</source>
        <translation>%1, angefochten</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>A test-mode purchase: no real money was paid</source>
        <translation>Ein Kauf im Testmodus: Es wurde kein echtes Geld gezahlt</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesHistoryPanel</name>
    <message>
        <source>Show sales from</source>
        <translation>Verkäufe anzeigen von</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This stream session</source>
        <translation>Dieser Stream</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>Alle Verkäufe</translation>
    </message>
    <message>
        <source>Start new session</source>
        <translation>Neuen Stream beginnen</translation>
    </message>
    <message>
        <source>Start counting this stream&apos;s totals from now</source>
        <translation>Die Summen dieses Streams ab jetzt zählen</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>Verkaufsverlauf</translation>
    </message>
    <message>
        <source>No sales in this period. When someone buys from your store, the sale appears here and as an alert on stream.</source>
        <translation>Keine Verkäufe in diesem Zeitraum. Wenn jemand in deinem Shop kauft, erscheint der Verkauf hier und als Alert im Stream.</translation>
    </message>
    <message>
        <source>&amp;Replay alert</source>
        <translation>Alert &amp;wiederholen</translation>
    </message>
    <message>
        <source>Show the selected sale&apos;s alert on stream again</source>
        <translation>Den Alert des gewählten Verkaufs noch einmal im Stream zeigen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the sales shown as a spreadsheet file</source>
        <translation>Speichert die angezeigten Verkäufe als Tabellendatei</translation>
    </message>
    <message>
        <source>New stream session started.</source>
        <translation>Neuer Stream begonnen.</translation>
    </message>
    <message>
        <source>Select a sale to replay its alert.</source>
        <translation>Wähle einen Verkauf, um seinen Alert zu wiederholen.</translation>
    </message>
    <message>
        <source>Could not replay the alert: %1</source>
        <translation>Der Alert konnte nicht wiederholt werden: %1</translation>
    </message>
    <message>
        <source>Alert for %1 queued again.</source>
        <translation>Alert für %1 erneut eingereiht.</translation>
    </message>
    <message>
        <source>Totals unavailable: %1</source>
        <translation>Summen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>dewey-sales-%1.csv</source>
        <translation>dewey-verkaeufe-%1.csv</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>Verkäufe exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1 (sales: %2).</source>
        <translation>Nach %1 exportiert (Verkäufe: %2).</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Verkäufe: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesLedger</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The sales ledger could not be written: %1</source>
        <translation>Das Verkaufsjournal konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretField</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Zeigen, was du eingegeben hast</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Forget the stored %1</source>
        <translation>Gespeicherten Wert von %1 vergessen</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Clear %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Dewey will forget the %1. You can paste it again at any time.</source>
        <translation>Dewey vergisst „%1“. Du kannst ihn jederzeit wieder einfügen.</translation>
    </message>
    <message>
        <source>Set by environment variable %1</source>
        <translation>Über die Umgebungsvariable %1 gesetzt</translation>
    </message>
    <message>
        <source>Set by environment variable %1. Change it there; it is not stored by Dewey.</source>
        <translation>Über die Umgebungsvariable %1 gesetzt. Ändere ihn dort; Dewey speichert ihn nicht.</translation>
    </message>
    <message>
        <source>Saved. Paste a new one to replace it</source>
        <translation>Gespeichert. Füge einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Hier einfügen</translation>
    </message>
    <message>
        <source>Reading stored secrets…</source>
        <translation>Gespeicherte Geheimnisse werden gelesen…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Set. Stored in your system keyring.</source>
        <translation>Gesetzt. Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Not set. What you save here is stored in your system keyring.</source>
        <translation>Nicht gesetzt. Was du hier speicherst, landet im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Set for this session only: Dewey forgets it when it quits.</source>
        <translation>Nur für diese Sitzung gesetzt: Dewey vergisst ihn beim Beenden.</translation>
    </message>
    <message>
        <source>Not set. What you save here is kept for this session only.</source>
        <translation>Nicht gesetzt. Was du hier speicherst, bleibt nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <source>Set. Stored in a file in the data folder.</source>
        <translation>Gesetzt. In einer Datei im Datenordner gespeichert.</translation>
    </message>
    <message>
        <source>Not set. What you save here is stored in a file in the data folder.</source>
        <translation>Nicht gesetzt. Was du hier speicherst, landet in einer Datei im Datenordner.</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretId</name>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Stripe secret key</source>
        <translation>Geheimer Stripe-Schlüssel</translation>
    </message>
    <message>
        <source>Stripe webhook signing secret</source>
        <translation>Stripe-Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Previous Stripe webhook signing secret</source>
        <translation>Vorheriges Stripe-Webhook-Signaturgeheimnis</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::SecretsSection</name>
    <message>
        <source>Secrets</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Dewey keeps these keys on this computer and sends them only to the service they belong to. The Stripe keys come from the Developers section of your Stripe dashboard.</source>
        <translation>Dewey bewahrt diese Schlüssel auf diesem Computer auf und sendet sie nur an den Dienst, zu dem sie gehören. Die Stripe-Schlüssel findest du im Entwicklerbereich deines Stripe-Dashboards.</translation>
    </message>
</context>
<context>
    <name>Dewey::ServersSection</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Overlay port</source>
        <translation>Overlay-Port</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Webhook-Port</translation>
    </message>
    <message>
        <source>&amp;Regenerate overlay URL…</source>
        <translation>Overlay-URL &amp;neu erzeugen…</translation>
    </message>
    <message>
        <source>The port OBS loads the overlay page from. Default: %1.</source>
        <translation>Der Port, von dem OBS die Overlay-Seite lädt. Standard: %1.</translation>
    </message>
    <message>
        <source>The port Stripe&apos;s notifications arrive on through the tunnel. Default: %1.</source>
        <translation>Der Port, auf dem Stripes Benachrichtigungen durch den Tunnel ankommen. Standard: %1.</translation>
    </message>
    <message>
        <source>Regenerate overlay URL</source>
        <translation>Overlay-URL neu erzeugen</translation>
    </message>
    <message>
        <source>Makes a new secret overlay URL. Use it if the old one was shown on stream.</source>
        <translation>Erzeugt eine neue geheime Overlay-URL. Nutze das, wenn die alte im Stream zu sehen war.</translation>
    </message>
    <message>
        <source>&amp;Overlay port:</source>
        <translation>&amp;Overlay-Port:</translation>
    </message>
    <message>
        <source>&amp;Webhook port:</source>
        <translation>&amp;Webhook-Port:</translation>
    </message>
    <message>
        <source>Port changes apply after Dewey restarts.</source>
        <translation>Port-Änderungen gelten nach einem Neustart von Dewey.</translation>
    </message>
    <message>
        <source>The overlay URL contains a secret token, so only OBS on this computer can show your alerts. After regenerating it, paste the new URL into OBS.</source>
        <translation>Die Overlay-URL enthält ein geheimes Token, sodass nur OBS auf diesem Computer deine Alerts zeigen kann. Füge nach dem Neuerzeugen die neue URL in OBS ein.</translation>
    </message>
    <message>
        <source>Overlay URL token:</source>
        <translation>Token der Overlay-URL:</translation>
    </message>
    <message>
        <source>The overlay and webhook ports must be different.</source>
        <translation>Overlay- und Webhook-Port müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>Saved. The new ports are used after Dewey restarts.</source>
        <translation>Gespeichert. Die neuen Ports gelten nach einem Neustart von Dewey.</translation>
    </message>
    <message>
        <source>New overlay URL made. Copy it from the Alerts area into OBS.</source>
        <translation>Neue Overlay-URL erzeugt. Kopiere sie aus dem Bereich Alerts in OBS.</translation>
    </message>
</context>
<context>
    <name>Dewey::Settings</name>
    <message>
        <source>%1 is not a port number; choose one from 1 to 65535.</source>
        <translation>%1 ist keine Portnummer; wähle eine von 1 bis 65535.</translation>
    </message>
    <message>
        <source>%1 is out of range; choose a value from %2 to %3.</source>
        <translation>%1 liegt außerhalb des Bereichs; wähle einen Wert von %2 bis %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language name such as &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>„%1“ ist kein Sprachname wie „de“ oder „pt_BR“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a theme name (lowercase letters, digits and dashes).</source>
        <translation>„%1“ ist kein Design-Name (Kleinbuchstaben, Ziffern und Bindestriche).</translation>
    </message>
    <message>
        <source>Dewey cannot read or write its settings file %1. Check the permissions of the file and of its folder; until then, changes are not saved.</source>
        <translation>Dewey kann seine Einstellungsdatei %1 nicht lesen oder schreiben. Prüfe die Berechtigungen der Datei und ihres Ordners; bis dahin werden Änderungen nicht gespeichert.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in a format Dewey can read; Dewey uses the defaults. Fix or delete the file.</source>
        <translation>Die Einstellungsdatei %1 hat kein Format, das Dewey lesen kann; Dewey verwendet die Standardwerte. Korrigiere oder lösche die Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a URL such as %2 or http://localhost:11434/v1.</source>
        <translation>„%1“ ist keine Serveradresse. Verwende eine URL wie %2 oder http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>A model name is one line, such as %1.</source>
        <translation>Ein Modellname ist eine einzelne Zeile, etwa %1.</translation>
    </message>
    <message>
        <source>The temperature goes from 0 to 2.</source>
        <translation>Die Temperatur reicht von 0 bis 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular expression Dewey can use: %2</source>
        <translation>„%1“ ist kein regulärer Ausdruck, den Dewey verwenden kann: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it starts with https://).</source>
        <translation>„%1“ ist keine Webadresse (sie beginnt mit https://).</translation>
    </message>
</context>
<context>
    <name>Dewey::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
</context>
<context>
    <name>Dewey::SetupGuide</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>&amp;Skip setup</source>
        <translation>Einrichtung ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Set up Dewey</source>
        <translation>Dewey einrichten</translation>
    </message>
    <message>
        <source>Setup guide</source>
        <translation>Einrichtungsassistent</translation>
    </message>
    <message>
        <source>Close the guide. Help → Setup guide opens it again.</source>
        <translation>Schließt den Assistenten. Hilfe → Einrichtungsassistent öffnet ihn wieder.</translation>
    </message>
    <message>
        <source>Overlay URL</source>
        <translation>Overlay-URL</translation>
    </message>
    <message>
        <source>The overlay server is not running; see the Alerts area</source>
        <translation>Der Overlay-Server läuft nicht; siehe Bereich Alerts</translation>
    </message>
    <message>
        <source>Overlay &amp;URL:</source>
        <translation>Overlay-&amp;URL:</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Copy the overlay URL.&lt;/li&gt;&lt;li&gt;In OBS, add a source to your scene: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the URL into the &lt;b&gt;URL&lt;/b&gt; field, set &lt;b&gt;Width&lt;/b&gt; to 1920 and &lt;b&gt;Height&lt;/b&gt; to 1080, and click &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Kopiere die Overlay-URL.&lt;/li&gt;&lt;li&gt;Füge in OBS deiner Szene eine Quelle hinzu: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Füge die URL in das Feld &lt;b&gt;URL&lt;/b&gt; ein, setze &lt;b&gt;Breite&lt;/b&gt; auf 1920 und &lt;b&gt;Höhe&lt;/b&gt; auf 1080 und klicke auf &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Show sale alerts in OBS</source>
        <translation>Verkaufs-Alerts in OBS zeigen</translation>
    </message>
    <message>
        <source>Alerts appear on a transparent page that OBS shows over your scene.</source>
        <translation>Alerts erscheinen auf einer durchsichtigen Seite, die OBS über deiner Szene zeigt.</translation>
    </message>
    <message>
        <source>Connect Stripe</source>
        <translation>Stripe verbinden</translation>
    </message>
    <message>
        <source>Meet Dewey, your notes assistant</source>
        <translation>Das ist Dewey, dein Notizassistent</translation>
    </message>
    <message>
        <source>Dewey remembers small facts you tell it and answers questions about them. It uses the OpenAI API with your own key, which you can create at platform.openai.com. This step is optional: you can add the key later in Settings → Secrets.</source>
        <translation>Dewey merkt sich kleine Fakten, die du ihm erzählst, und beantwortet Fragen dazu. Er nutzt die OpenAI-API mit deinem eigenen Schlüssel, den du auf platform.openai.com erstellen kannst. Dieser Schritt ist optional: Du kannst den Schlüssel später unter Einstellungen → Schlüssel hinzufügen.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In your Stripe dashboard, open &lt;b&gt;Developers → API keys&lt;/b&gt; and copy the &lt;b&gt;secret key&lt;/b&gt;. Paste it in &lt;b&gt;Settings → Secrets&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Settings → Stripe&lt;/b&gt;, choose the &lt;b&gt;tunnel&lt;/b&gt; that carries Stripe&apos;s sale notifications to this computer (the Stripe CLI, cloudflared or ngrok).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Connect Stripe&lt;/b&gt;. Dewey registers the tunnel&apos;s address with Stripe and keeps the signing secret itself; with the Stripe CLI there is nothing to connect.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffne im Stripe-Dashboard &lt;b&gt;Entwickler → API-Schlüssel&lt;/b&gt; und kopiere den &lt;b&gt;geheimen Schlüssel&lt;/b&gt;. Füge ihn unter &lt;b&gt;Einstellungen → Schlüssel&lt;/b&gt; ein.&lt;/li&gt;&lt;li&gt;Wähle unter &lt;b&gt;Einstellungen → Stripe&lt;/b&gt; den &lt;b&gt;Tunnel&lt;/b&gt;, der Stripes Verkaufsbenachrichtigungen zu diesem Computer bringt (Stripe CLI, cloudflared oder ngrok).&lt;/li&gt;&lt;li&gt;Klicke auf &lt;b&gt;Stripe verbinden&lt;/b&gt;. Dewey registriert die Adresse des Tunnels bei Stripe und verwahrt das Signaturgeheimnis selbst; mit der Stripe CLI gibt es nichts zu verbinden.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open Settings → &amp;Stripe</source>
        <translation>Einstellungen → &amp;Stripe öffnen</translation>
    </message>
    <message>
        <source>Dewey hears about sales from Stripe. This step is optional: without a tunnel, Dewey still finds every sale by asking Stripe every few minutes, so alerts come a little late.</source>
        <translation>Dewey erfährt von Verkäufen über Stripe. Dieser Schritt ist optional: Ohne Tunnel findet Dewey trotzdem jeden Verkauf, indem es alle paar Minuten bei Stripe nachfragt – die Alerts kommen dann etwas später.</translation>
    </message>
</context>
<context>
    <name>Dewey::SingleInstance</name>
    <message>
        <source>Could not open the local channel %1: %2</source>
        <translation>Der lokale Kanal %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not create the lock file in %1. Check that the data folder is writable.</source>
        <translation>Die Sperrdatei in %1 konnte nicht angelegt werden. Prüfe, ob der Datenordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Another Dewey is running with this data folder but does not answer. If it is stuck, end it (or wait a moment) and try again.</source>
        <translation>Ein anderes Dewey läuft mit diesem Datenordner, antwortet aber nicht. Falls es hängt, beende es (oder warte einen Moment) und versuche es erneut.</translation>
    </message>
</context>
<context>
    <name>Dewey::StatusBarController</name>
    <message>
        <source>Alert pause</source>
        <translation>Alert-Pause</translation>
    </message>
    <message>
        <source>Sale alerts are paused: new sales are recorded but not shown on stream. Resume them from the tray menu.</source>
        <translation>Verkaufs-Alerts sind pausiert: Neue Verkäufe werden erfasst, aber nicht im Stream gezeigt. Setze sie über das Tray-Menü fort.</translation>
    </message>
    <message>
        <source>Overlay server</source>
        <translation>Overlay-Server</translation>
    </message>
    <message>
        <source>The local server OBS loads the alert overlay from, and how many overlay pages (Browser Sources) are connected right now.</source>
        <translation>Der lokale Server, von dem OBS das Alert-Overlay lädt, und wie viele Overlay-Seiten (Browserquellen) gerade verbunden sind.</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Webhook-Empfänger</translation>
    </message>
    <message>
        <source>The local port that receives sale notifications from Stripe through a tunnel.</source>
        <translation>Der lokale Port, der Verkaufsbenachrichtigungen von Stripe über einen Tunnel empfängt.</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>The tunnel that forwards Stripe&apos;s notifications to this computer.</source>
        <translation>Der Tunnel, der Stripes Benachrichtigungen an diesen Computer weiterleitet.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Dewey, the notes assistant, needs an OpenAI API key. Set it in Settings → Secrets.</source>
        <translation>Dewey, der Notizassistent, braucht einen OpenAI-API-Schlüssel. Setze ihn unter Einstellungen → Schlüssel.</translation>
    </message>
    <message>
        <source>Tunnel: %1</source>
        <translation>Tunnel: %1</translation>
    </message>
    <message>
        <source>Overlay: not running</source>
        <translation>Overlay: läuft nicht</translation>
    </message>
    <message numerus="yes">
        <source>Overlay: 127.0.0.1:%1 · %n connected</source>
        <translation>
            <numerusform>Overlay: 127.0.0.1:%1 · %n verbunden</numerusform>
            <numerusform>Overlay: 127.0.0.1:%1 · %n verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: listening on %1</source>
        <translation>Webhooks: lauscht auf %1</translation>
    </message>
    <message>
        <source>Webhooks: not running</source>
        <translation>Webhooks: laufen nicht</translation>
    </message>
    <message>
        <source>OpenAI: error: %1</source>
        <translation>OpenAI: Fehler: %1</translation>
    </message>
    <message>
        <source>OpenAI: reading key…</source>
        <translation>OpenAI: Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>OpenAI: key set</source>
        <translation>OpenAI: Schlüssel gesetzt</translation>
    </message>
    <message>
        <source>OpenAI: key not set</source>
        <translation>OpenAI: kein Schlüssel gesetzt</translation>
    </message>
    <message>
        <source>Alerts paused</source>
        <translation>Alerts pausiert</translation>
    </message>
    <message>
        <source>key refused</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>key not allowed to use this model</source>
        <translation>Schlüssel darf dieses Modell nicht nutzen</translation>
    </message>
    <message>
        <source>model not found</source>
        <translation>Modell nicht gefunden</translation>
    </message>
    <message>
        <source>request rejected</source>
        <translation>Anfrage abgewiesen</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>out of credit</source>
        <translation>kein Guthaben mehr</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort rechtzeitig</translation>
    </message>
    <message>
        <source>not an OpenAI server</source>
        <translation>kein OpenAI-Server</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>kein API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeApiClient</name>
    <message>
        <source>No Stripe secret key is set. Add it in Settings → Secrets.</source>
        <translation>Es ist kein geheimer Stripe-Schlüssel gesetzt. Füge ihn unter Einstellungen → Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Stripe (%1) did not answer within %2 seconds.</source>
        <translation>Stripe (%1) hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach Stripe at %1: %2</source>
        <translation>Stripe ist unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort von Stripe konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Stripe refused the secret key (HTTP 401)%1. Check the Stripe secret key in Settings → Secrets: it starts with sk_live_, sk_test_ or rk_.</source>
        <translation>Stripe hat den geheimen Schlüssel abgelehnt (HTTP 401)%1. Prüfe den geheimen Stripe-Schlüssel unter Einstellungen → Schlüssel: Er beginnt mit sk_live_, sk_test_ oder rk_.</translation>
    </message>
    <message>
        <source>The Stripe key may not do this (HTTP 403)%1. A restricted key needs read access to Events and Checkout Sessions and write access to Webhook Endpoints.</source>
        <translation>Der Stripe-Schlüssel darf das nicht (HTTP 403)%1. Ein eingeschränkter Schlüssel braucht Lesezugriff auf Events und Checkout Sessions sowie Schreibzugriff auf Webhook Endpoints.</translation>
    </message>
    <message>
        <source>Stripe does not know this (HTTP 404)%1.</source>
        <translation>Stripe kennt das nicht (HTTP 404)%1.</translation>
    </message>
    <message>
        <source>Stripe is limiting requests (HTTP 429)%1. Dewey tries again later.</source>
        <translation>Stripe begrenzt die Anfragen (HTTP 429)%1. Dewey versucht es später erneut.</translation>
    </message>
    <message>
        <source>Stripe had a problem (HTTP %1)%2. Dewey tries again later.</source>
        <translation>Stripe hatte ein Problem (HTTP %1)%2. Dewey versucht es später erneut.</translation>
    </message>
    <message>
        <source>Stripe refused the request (HTTP %1)%2</source>
        <translation>Stripe hat die Anfrage abgelehnt (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Stripe&apos;s list at %1 did not end after %2 pages.</source>
        <translation>Stripes Liste unter %1 endete nicht nach %2 Seiten.</translation>
    </message>
    <message>
        <source>Not a Checkout Session id: %1</source>
        <translation>Keine Checkout-Session-ID: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Stripe created the webhook endpoint but sent no id or signing secret.</source>
        <translation>Stripe hat den Webhook-Endpunkt angelegt, aber keine ID und kein Signaturgeheimnis geschickt.</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeCliTunnel</name>
    <message>
        <source>Stripe CLI</source>
        <translation>Stripe CLI</translation>
    </message>
    <message>
        <source>The Stripe CLI (stripe) was not found. Install it from stripe.com/docs/stripe-cli, or choose where stripe is in Settings → Stripe.</source>
        <translation>Die Stripe CLI (stripe) wurde nicht gefunden. Installiere sie von stripe.com/docs/stripe-cli oder wähle unter Einstellungen → Stripe, wo stripe liegt.</translation>
    </message>
    <message>
        <source>The Stripe CLI is not logged in. Add your Stripe secret key in Settings → Secrets (Dewey hands it to the CLI), or run &quot;stripe login&quot; once in a terminal.</source>
        <translation>Die Stripe CLI ist nicht angemeldet. Füge deinen geheimen Stripe-Schlüssel unter Einstellungen → Schlüssel hinzu (Dewey reicht ihn an die CLI weiter) oder führe einmal &quot;stripe login&quot; in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Stripe refused the key the Stripe CLI used. Check the Stripe secret key in Settings → Secrets, or run &quot;stripe login&quot; again.</source>
        <translation>Stripe hat den Schlüssel der Stripe CLI abgelehnt. Prüfe den geheimen Stripe-Schlüssel unter Einstellungen → Schlüssel oder führe &quot;stripe login&quot; erneut aus.</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeSection</name>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>&amp;URL pattern:</source>
        <translation>&amp;URL-Muster:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>Ö&amp;ffentliche Adresse:</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <source>&amp;Restart tunnel</source>
        <translation>Tunnel neu &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Connect Stripe</source>
        <translation>Stripe &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Catch &amp;up now</source>
        <translation>Jetzt a&amp;bgleichen</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>Tunnel program</source>
        <translation>Tunnel-Programm</translation>
    </message>
    <message>
        <source>Tunnel command</source>
        <translation>Tunnel-Befehl</translation>
    </message>
    <message>
        <source>for example: lt --port {port}</source>
        <translation>zum Beispiel: lt --port {port}</translation>
    </message>
    <message>
        <source>URL pattern</source>
        <translation>URL-Muster</translation>
    </message>
    <message>
        <source>A regular expression that finds the public address in the command&apos;s output. Its first group in parentheses is used, or the whole match.</source>
        <translation>Ein regulärer Ausdruck, der die öffentliche Adresse in der Ausgabe des Befehls findet. Verwendet wird seine erste Gruppe in Klammern oder sonst der ganze Treffer.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>https://alerts.example.com</source>
        <translation>https://alerts.example.com</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Log anzeigen</translation>
    </message>
    <message>
        <source>Registers the tunnel&apos;s address with your Stripe account, so Stripe sends each sale to Dewey. Needs your Stripe secret key (Settings → Secrets).</source>
        <translation>Registriert die Adresse des Tunnels in deinem Stripe-Konto, damit Stripe jeden Verkauf an Dewey sendet. Braucht deinen geheimen Stripe-Schlüssel (Einstellungen → Schlüssel).</translation>
    </message>
    <message>
        <source>Removes the webhook endpoint Dewey registered in your Stripe account.</source>
        <translation>Entfernt den Webhook-Endpunkt, den Dewey in deinem Stripe-Konto registriert hat.</translation>
    </message>
    <message>
        <source>Catch-up interval</source>
        <translation>Abgleich-Intervall</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Alert on caught-up sales younger than</source>
        <translation>Alert für nachgeholte Verkäufe, die jünger sind als</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Sales Dewey finds later (it was closed, or the tunnel was down) alert on stream only when they are this recent; older ones are just recorded.</source>
        <translation>Verkäufe, die Dewey später findet (weil es geschlossen war oder der Tunnel ausgefallen ist), werden nur dann als Alert im Stream gezeigt, wenn sie so neu sind; ältere werden nur erfasst.</translation>
    </message>
    <message>
        <source>Stripe tells Dewey about each sale through a tunnel to this computer. Without one, Dewey still finds new sales by asking Stripe every few minutes (catch-up).</source>
        <translation>Stripe meldet Dewey jeden Verkauf über einen Tunnel zu diesem Computer. Ohne Tunnel findet Dewey neue Verkäufe trotzdem, indem es alle paar Minuten bei Stripe nachfragt (Abgleich).</translation>
    </message>
    <message>
        <source>&amp;Tunnel:</source>
        <translation>T&amp;unnel:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Webhook address:</source>
        <translation>Webhook-Adresse:</translation>
    </message>
    <message>
        <source>Stripe account:</source>
        <translation>Stripe-Konto:</translation>
    </message>
    <message>
        <source>Catch up every:</source>
        <translation>Abgleich alle:</translation>
    </message>
    <message>
        <source>Alert on caught-up sales younger than:</source>
        <translation>Alert für nachgeholte Verkäufe, die jünger sind als:</translation>
    </message>
    <message>
        <source>Hide &amp;log</source>
        <translation>&amp;Log verbergen</translation>
    </message>
    <message>
        <source>No tunnel: nothing to install. Sales show up when Dewey next asks Stripe, so alerts can come a few minutes late.</source>
        <translation>Kein Tunnel: nichts zu installieren. Verkäufe erscheinen, wenn Dewey das nächste Mal bei Stripe nachfragt, Alerts können also ein paar Minuten später kommen.</translation>
    </message>
    <message>
        <source>Install the Stripe CLI. Dewey runs &quot;stripe listen&quot; with your Stripe secret key and uses its signing secret by itself; nothing to connect.</source>
        <translation>Installiere die Stripe CLI. Dewey führt &quot;stripe listen&quot; mit deinem geheimen Stripe-Schlüssel aus und nutzt ihr Signaturgeheimnis von selbst; es gibt nichts zu verbinden.</translation>
    </message>
    <message>
        <source>Install cloudflared (free, no account). Dewey starts a quick tunnel; its address changes each time, and Dewey updates Stripe when you have connected.</source>
        <translation>Installiere cloudflared (kostenlos, ohne Konto). Dewey startet einen Quick Tunnel; seine Adresse ändert sich jedes Mal, und Dewey aktualisiert Stripe, wenn du verbunden hast.</translation>
    </message>
    <message>
        <source>Install ngrok and add your ngrok authtoken once (&quot;ngrok config add-authtoken …&quot;). Dewey starts it and reads the address from ngrok itself.</source>
        <translation>Installiere ngrok und füge einmal deinen ngrok-Authtoken hinzu (&quot;ngrok config add-authtoken …&quot;). Dewey startet es und liest die Adresse direkt von ngrok.</translation>
    </message>
    <message>
        <source>Any tunnel program: Dewey runs the command, with {port} replaced by the webhook port, and finds the public address in its output.</source>
        <translation>Beliebiges Tunnel-Programm: Dewey führt den Befehl aus, wobei {port} durch den Webhook-Port ersetzt wird, und findet die öffentliche Adresse in seiner Ausgabe.</translation>
    </message>
    <message>
        <source>An address you run yourself (a reverse proxy or a named tunnel) that forwards to this computer&apos;s webhook port. Dewey adds /webhooks/stripe.</source>
        <translation>Eine Adresse, die du selbst betreibst (ein Reverse Proxy oder ein benannter Tunnel) und die an den Webhook-Port dieses Computers weiterleitet. Dewey hängt /webhooks/stripe an.</translation>
    </message>
    <message>
        <source>stripe, found on the PATH</source>
        <translation>stripe, im PATH gefunden</translation>
    </message>
    <message>
        <source>cloudflared, found on the PATH</source>
        <translation>cloudflared, im PATH gefunden</translation>
    </message>
    <message>
        <source>ngrok, found on the PATH</source>
        <translation>ngrok, im PATH gefunden</translation>
    </message>
    <message>
        <source>Choose the tunnel program</source>
        <translation>Tunnel-Programm wählen</translation>
    </message>
    <message>
        <source>Not needed: the Stripe CLI forwards events itself</source>
        <translation>Nicht nötig: Die Stripe CLI leitet Ereignisse selbst weiter</translation>
    </message>
    <message>
        <source>No public address yet</source>
        <translation>Noch keine öffentliche Adresse</translation>
    </message>
    <message>
        <source>Re&amp;connect Stripe</source>
        <translation>Stripe neu &amp;verbinden</translation>
    </message>
    <message>
        <source>Talking to Stripe…</source>
        <translation>Verbindung zu Stripe…</translation>
    </message>
    <message>
        <source>Add your Stripe secret key in Settings → Secrets to connect.</source>
        <translation>Füge deinen geheimen Stripe-Schlüssel unter Einstellungen → Schlüssel hinzu, um zu verbinden.</translation>
    </message>
    <message>
        <source>The Stripe CLI forwards events itself: nothing to connect.</source>
        <translation>Die Stripe CLI leitet Ereignisse selbst weiter: Es gibt nichts zu verbinden.</translation>
    </message>
    <message>
        <source>Connected: Stripe sends sales to %1.</source>
        <translation>Verbunden: Stripe sendet Verkäufe an %1.</translation>
    </message>
    <message>
        <source>Choose a tunnel and wait until it has an address, then connect.</source>
        <translation>Wähle einen Tunnel, warte, bis er eine Adresse hat, und verbinde dann.</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>Noch nicht verbunden.</translation>
    </message>
    <message>
        <source>Test mode: only test purchases reach Dewey; they are marked &quot;test&quot; in the sales history. Use a live key (sk_live_…) for real sales.</source>
        <translation>Testmodus: Nur Testkäufe erreichen Dewey; sie sind im Verkaufsverlauf mit „Test“ markiert. Verwende einen Live-Schlüssel (sk_live_…) für echte Verkäufe.</translation>
    </message>
    <message>
        <source>Live mode: real purchases from your store.</source>
        <translation>Live-Modus: echte Käufe aus deinem Shop.</translation>
    </message>
    <message>
        <source>This does not look like a Stripe secret key (sk_test_…, sk_live_… or rk_…).</source>
        <translation>Das sieht nicht nach einem geheimen Stripe-Schlüssel aus (sk_test_…, sk_live_… oder rk_…).</translation>
    </message>
    <message>
        <source>Disconnect Stripe?</source>
        <translation>Stripe trennen?</translation>
    </message>
    <message>
        <source>Dewey removes the webhook endpoint it registered in your Stripe account. Sales then reach Dewey only through catch-up, every few minutes.</source>
        <translation>Dewey entfernt den Webhook-Endpunkt, den es in deinem Stripe-Konto registriert hat. Verkäufe erreichen Dewey danach nur noch über den Abgleich, alle paar Minuten.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeWebhookIntake</name>
    <message>
        <source>The body is not a JSON object</source>
        <translation>Der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>No Stripe API client</source>
        <translation>Kein Stripe-API-Client</translation>
    </message>
    <message>
        <source>Line items cannot be fetched</source>
        <translation>Die Artikel können nicht abgerufen werden</translation>
    </message>
</context>
<context>
    <name>Dewey::TierEditor</name>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 (needs a fix)</source>
        <translation>%1 (muss korrigiert werden)</translation>
    </message>
    <message>
        <source>Tiers, first match wins</source>
        <translation>Stufen, der erste Treffer gewinnt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>The first tier a sale matches gives its alert the tier&apos;s look; sales no tier matches use the default look.</source>
        <translation>Die erste Stufe, auf die ein Verkauf passt, gibt seinem Alert ihr Aussehen; Verkäufe, auf die keine Stufe passt, verwenden das Standardaussehen.</translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation>Beliebiger Betrag</translation>
    </message>
    <message>
        <source>Any currency (or e.g. USD)</source>
        <translation>Beliebige Währung (oder z. B. USD)</translation>
    </message>
    <message>
        <source>Any product (or part of a product name)</source>
        <translation>Beliebiges Produkt (oder Teil eines Produktnamens)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default sound (type &quot;none&quot; for silence)</source>
        <translation>Standardton (&quot;none&quot; für Stille eingeben)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>&amp;Mindestens:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Product name contains:</source>
        <translation>&amp;Produktname enthält:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation>T&amp;on:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>St&amp;il:</translation>
    </message>
    <message>
        <source>Sa&amp;ve tiers</source>
        <translation>Stufen s&amp;peichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Preview of a sale this tier matches:</source>
        <translation>Vorschau eines Verkaufs, auf den diese Stufe passt:</translation>
    </message>
    <message>
        <source>The title uses %1, which is not a placeholder. Use %2.</source>
        <translation>Der Titel verwendet %1, das ist kein Platzhalter. Verwende %2.</translation>
    </message>
    <message>
        <source>The text uses %1, which is not a placeholder. Use %2.</source>
        <translation>Der Text verwendet %1, das ist kein Platzhalter. Verwende %2.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD, or empty for any.</source>
        <translation>Die Währung muss ein Code aus drei Buchstaben wie USD sein oder leer für alle.</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>Neue Stufe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Alert-Ton</translation>
    </message>
    <message>
        <source>Sounds (*.ogg *.mp3 *.wav *.opus *.m4a)</source>
        <translation>Töne (*.ogg *.mp3 *.wav *.opus *.m4a)</translation>
    </message>
    <message>
        <source>&quot;gold&quot; gives big purchases golden accents and larger type</source>
        <translation>&quot;gold&quot; gibt großen Käufen goldene Akzente und größere Schrift</translation>
    </message>
</context>
<context>
    <name>Dewey::TrayController</name>
    <message>
        <source>Show Dewey</source>
        <translation>Dewey anzeigen</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>Alerts pausieren</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>Test-Alert senden</translation>
    </message>
    <message>
        <source>Quit Dewey</source>
        <translation>Dewey beenden</translation>
    </message>
    <message>
        <source>Shows a made-up sale on the overlay, to check OBS shows it</source>
        <translation>Zeigt einen ausgedachten Verkauf im Overlay, um zu prüfen, ob OBS ihn anzeigt</translation>
    </message>
    <message>
        <source>Test alerts become available once the alert queue is running</source>
        <translation>Test-Alerts sind verfügbar, sobald die Alert-Warteschlange läuft</translation>
    </message>
    <message>
        <source>Hide Dewey</source>
        <translation>Dewey verbergen</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>Alerts fortsetzen</translation>
    </message>
    <message>
        <source>Dewey — alerts paused</source>
        <translation>Dewey – Alerts pausiert</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Show overlay window</source>
        <translation>Overlay-Fenster zeigen</translation>
    </message>
    <message>
        <source>An always-on-top window on your desktop that shows the alerts too</source>
        <translation>Ein Fenster im Vordergrund auf deinem Desktop, das die Alerts ebenfalls zeigt</translation>
    </message>
</context>
<context>
    <name>Dewey::TunnelLogView</name>
    <message>
        <source>Copy log</source>
        <translation>Log kopieren</translation>
    </message>
    <message>
        <source>Tunnel log</source>
        <translation>Tunnel-Log</translation>
    </message>
    <message>
        <source>Nothing yet: the tunnel program&apos;s output appears here.</source>
        <translation>Noch nichts: Die Ausgabe des Tunnel-Programms erscheint hier.</translation>
    </message>
    <message>
        <source>Copies the log, for example to ask for help. Secrets in it are masked.</source>
        <translation>Kopiert das Log, zum Beispiel um nach Hilfe zu fragen. Geheimnisse darin sind maskiert.</translation>
    </message>
</context>
<context>
    <name>Dewey::TunnelSupervisor</name>
    <message>
        <source>No tunnel: Dewey checks Stripe for new sales every few minutes instead.</source>
        <translation>Kein Tunnel: Dewey fragt stattdessen alle paar Minuten bei Stripe nach neuen Verkäufen.</translation>
    </message>
    <message>
        <source>None (catch-up only)</source>
        <translation>Keiner (nur Abgleich)</translation>
    </message>
    <message>
        <source>Stripe CLI</source>
        <translation>Stripe CLI</translation>
    </message>
    <message>
        <source>cloudflared quick tunnel</source>
        <translation>cloudflared Quick Tunnel</translation>
    </message>
    <message>
        <source>ngrok</source>
        <translation>ngrok</translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation>Eigener Befehl</translation>
    </message>
    <message>
        <source>My own public address</source>
        <translation>Meine eigene öffentliche Adresse</translation>
    </message>
    <message>
        <source>Tunnel stopped.</source>
        <translation>Tunnel gestoppt.</translation>
    </message>
    <message>
        <source>off (catch-up only)</source>
        <translation>aus (nur Abgleich)</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 gestoppt</translation>
    </message>
    <message>
        <source>%1 starting…</source>
        <translation>%1 startet…</translation>
    </message>
    <message>
        <source>%1 forwarding</source>
        <translation>%1 leitet weiter</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 verbunden</translation>
    </message>
    <message>
        <source>%1 restarting</source>
        <translation>%1 startet neu</translation>
    </message>
    <message>
        <source>%1 needs attention</source>
        <translation>%1 braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>No tunnel chosen: sales arrive through catch-up only.</source>
        <translation>Kein Tunnel gewählt: Verkäufe kommen nur über den Abgleich.</translation>
    </message>
    <message>
        <source>The webhook receiver is not listening, so there is nothing to tunnel to.</source>
        <translation>Der Webhook-Empfänger lauscht nicht, daher gibt es kein Ziel für den Tunnel.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starte %1…</translation>
    </message>
    <message>
        <source>%1 is forwarding Stripe&apos;s events to Dewey.</source>
        <translation>%1 leitet Stripes Ereignisse an Dewey weiter.</translation>
    </message>
    <message>
        <source>Stripe can reach Dewey at %1</source>
        <translation>Stripe erreicht Dewey unter %1</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 wurde gestoppt.</translation>
    </message>
    <message>
        <source>Restarting in %1 s.</source>
        <translation>Neustart in %1 s.</translation>
    </message>
    <message>
        <source>Stored the Stripe CLI&apos;s signing secret as the webhook signing secret.</source>
        <translation>Das Signaturgeheimnis der Stripe CLI wurde als Webhook-Signaturgeheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Tunnel settings changed.</source>
        <translation>Tunnel-Einstellungen geändert.</translation>
    </message>
</context>
<context>
    <name>DeweyApp</name>
    <message>
        <source>Dewey cannot start</source>
        <translation>Dewey kann nicht starten</translation>
    </message>
    <message>
        <source>Dewey: store sale alerts and a notes assistant for livestreamers.</source>
        <translation>Dewey: Verkaufs-Alerts für deinen Shop und ein Notizassistent für Livestreamer.</translation>
    </message>
    <message>
        <source>Use DIR as the data folder.</source>
        <translation>Verwendet ORDNER als Datenordner.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>Im Tray starten, ohne Fenster.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zeigt die Version.</translation>
    </message>
    <message>
        <source>Run &apos;dewey --help&apos; for usage.</source>
        <translation>Mit &apos;dewey --help&apos; siehst du die Verwendung.</translation>
    </message>
    <message>
        <source>Dewey is already running; bringing its window to the front.</source>
        <translation>Dewey läuft bereits; sein Fenster wird nach vorne geholt.</translation>
    </message>
    <message>
        <source>Servers not started</source>
        <translation>Server nicht gestartet</translation>
    </message>
    <message>
        <source>dewey-cli serve is already running with this data folder (%1). Stop it first, or start Dewey with another data folder.</source>
        <translation>dewey-cli serve läuft bereits mit diesem Datenordner (%1). Beende es zuerst oder starte Dewey mit einem anderen Datenordner.</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
</context>
<context>
    <name>EmbeddingStore</name>
    <message>
        <source>The notes database is not open.</source>
        <translation>Die Notizdatenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>FileSecretBackend</name>
    <message>
        <source>The secrets file %1 can be read or changed by other users of this computer (permissions %2). Dewey will not use it. Make it private with &quot;chmod 600&quot;, or delete it and enter your keys again.</source>
        <translation>Die Geheimnisdatei %1 kann von anderen Benutzern dieses Computers gelesen oder geändert werden (Berechtigungen %2). Dewey verwendet sie nicht. Mach sie mit &quot;chmod 600&quot; privat oder lösche sie und gib deine Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged. Delete it and enter your keys again.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt. Lösche sie und gib deine Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>Could not create the folder for the secrets file %1.</source>
        <translation>Der Ordner für die Geheimnisdatei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not delete the secrets file %1.</source>
        <translation>Die Geheimnisdatei %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LaunchAgentAutostart</name>
    <message>
        <source>Dewey could not remove %1.</source>
        <translation>Dewey konnte %1 nicht entfernen.</translation>
    </message>
    <message>
        <source>Dewey could not create the folder %1.</source>
        <translation>Dewey konnte den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Dewey could not write %1: %2</source>
        <translation>Dewey konnte %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>NotesCommand</name>
    <message>
        <source>Add, list, search, edit, delete, import and export notes.</source>
        <translation>Notizen hinzufügen, auflisten, suchen, bearbeiten, löschen, importieren und exportieren.</translation>
    </message>
    <message>
        <source>add TEXT | list | search QUERY | edit ID TEXT | delete ID | restore ID | import PATH | export [PATH]. TEXT &quot;-&quot; reads the note from standard input; PATH &quot;-&quot; means standard input/output.</source>
        <translation>add TEXT | list | search SUCHE | edit ID TEXT | delete ID | restore ID | import PFAD | export [PFAD]. TEXT &quot;-&quot; liest die Notiz von der Standardeingabe; PFAD &quot;-&quot; steht für Standardein-/-ausgabe.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Gibt das Ergebnis als JSON aus.</translation>
    </message>
    <message>
        <source>At most N notes (search: default %1; list: all).</source>
        <translation>Höchstens N Notizen (search: Standard %1; list: alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>File format for import/export: jsonl or markdown (default: from the file name; export to standard output: jsonl).</source>
        <translation>Dateiformat für Import/Export: jsonl oder markdown (Standard: nach dem Dateinamen; Export auf die Standardausgabe: jsonl).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>search: match words only, even when notes can be found by meaning.</source>
        <translation>search: nur nach Wörtern suchen, auch wenn Notizen nach Bedeutung gefunden werden können.</translation>
    </message>
    <message>
        <source>say what to do: add, list, search, edit, delete, restore, import or export. Run &apos;dewey-cli notes --help&apos; for usage.</source>
        <translation>sag, was zu tun ist: add, list, search, edit, delete, restore, import oder export. Mit &apos;dewey-cli notes --help&apos; siehst du die Verwendung.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;. Run &apos;dewey-cli notes --help&apos; for usage.</source>
        <translation>unbekannte Aktion „%1“. Mit &apos;dewey-cli notes --help&apos; siehst du die Verwendung.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>add needs the note&apos;s text, e.g. dewey-cli notes add &quot;Airbnb code 4412&quot;.</source>
        <translation>add braucht den Text der Notiz, z. B. dewey-cli notes add &quot;Airbnb-Code 4412&quot;.</translation>
    </message>
    <message>
        <source>list takes no arguments (did you mean search?).</source>
        <translation>list erwartet keine Argumente (meintest du search?).</translation>
    </message>
    <message>
        <source>search needs words to look for, e.g. dewey-cli notes search &quot;airbnb code&quot;.</source>
        <translation>search braucht Suchwörter, z. B. dewey-cli notes search &quot;airbnb code&quot;.</translation>
    </message>
    <message>
        <source>edit needs a note id and the new text, e.g. dewey-cli notes edit 12 &quot;new text&quot;.</source>
        <translation>edit braucht eine Notiz-ID und den neuen Text, z. B. dewey-cli notes edit 12 &quot;neuer Text&quot;.</translation>
    </message>
    <message>
        <source>delete needs one note id, e.g. dewey-cli notes delete 12.</source>
        <translation>delete braucht genau eine Notiz-ID, z. B. dewey-cli notes delete 12.</translation>
    </message>
    <message>
        <source>Deleted note %1. To undo: dewey-cli notes restore %1</source>
        <translation>Notiz %1 gelöscht. Rückgängig machen: dewey-cli notes restore %1</translation>
    </message>
    <message>
        <source>restore needs one note id, e.g. dewey-cli notes restore 12.</source>
        <translation>restore braucht genau eine Notiz-ID, z. B. dewey-cli notes restore 12.</translation>
    </message>
    <message>
        <source>import needs one file or folder, e.g. dewey-cli notes import notes.jsonl.</source>
        <translation>import braucht genau eine Datei oder einen Ordner, z. B. dewey-cli notes import notes.jsonl.</translation>
    </message>
    <message>
        <source>%1 holds no .md or .jsonl files.</source>
        <translation>%1 enthält keine .md- oder .jsonl-Dateien.</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; add --format jsonl or --format markdown.</source>
        <translation>das Format von %1 ist nicht erkennbar; gib --format jsonl oder --format markdown an.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>%n Notiz importiert</numerusform>
            <numerusform>%n Notizen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, %n Duplikat übersprungen</numerusform>
            <numerusform>, %n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>, %n Eintrag nicht lesbar</numerusform>
            <numerusform>, %n Einträge nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>export takes at most one file, e.g. dewey-cli notes export notes.jsonl.</source>
        <translation>export nimmt höchstens eine Datei, z. B. dewey-cli notes export notes.jsonl.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n Notiz nach %1 exportiert.</numerusform>
            <numerusform>%n Notizen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesFileFormats</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation>kein &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;createdAt&quot; is not a date and time (use ISO 8601, e.g. 2026-03-03T14:05:00Z)</source>
        <translation>&quot;createdAt&quot; ist kein Datum mit Uhrzeit (verwende ISO 8601, z. B. 2026-03-03T14:05:00Z)</translation>
    </message>
    <message>
        <source>line %1: a note without text</source>
        <translation>Zeile %1: eine Notiz ohne Text</translation>
    </message>
</context>
<context>
    <name>OpenAiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a URL such as %2 or http://localhost:11434/v1.</source>
        <translation>„%1“ ist keine Serveradresse. Verwende eine URL wie %2 oder http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The base URL must not contain &quot;?&quot; or &quot;#&quot;: &quot;%1&quot;.</source>
        <translation>Die Basis-URL darf kein &quot;?&quot; oder &quot;#&quot; enthalten: „%1“.</translation>
    </message>
</context>
<context>
    <name>OpenAiErrorClassifier</name>
    <message>
        <source>%1 refused the API key. Check the OpenAI API key in Settings.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt. Prüfe den OpenAI-API-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 does not let this API key use the chosen model. Check the key&apos;s permissions and the model in Settings.</source>
        <translation>%1 erlaubt diesem API-Schlüssel das gewählte Modell nicht. Prüfe die Berechtigungen des Schlüssels und das Modell in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 does not know the model or the address Dewey asked for. Check the model name and the base URL in Settings (it usually ends in /v1).</source>
        <translation>%1 kennt das Modell oder die Adresse nicht, die Dewey angefragt hat. Prüfe den Modellnamen und die Basis-URL in den Einstellungen (sie endet meist auf /v1).</translation>
    </message>
    <message>
        <source>Your OpenAI account has run out of credit or reached its spending limit. Add credit or raise the limit on platform.openai.com (Billing); trying again will not help until then.</source>
        <translation>Dein OpenAI-Konto hat kein Guthaben mehr oder sein Ausgabenlimit erreicht. Lade Guthaben auf oder erhöhe das Limit auf platform.openai.com (Billing); bis dahin hilft ein neuer Versuch nicht.</translation>
    </message>
    <message>
        <source>%1 is limiting how often Dewey may ask. Try again in a moment.</source>
        <translation>%1 begrenzt, wie oft Dewey fragen darf. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). Try again in a moment.</source>
        <translation>%1 hatte ein Problem beim Antworten (HTTP %2). Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). Check the model and base URL in Settings.</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2). Prüfe Modell und Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2, which is not a chat answer. Check the base URL in Settings.</source>
        <translation>%1 antwortete mit HTTP %2, das ist keine Chat-Antwort. Prüfe die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of the answer. Try again.</source>
        <translation>Die Verbindung zu %1 ist mitten in der Antwort abgebrochen. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>%1 refused the connection. If it is a local server, check that it is running and that the base URL in Settings has the right port.</source>
        <translation>%1 hat die Verbindung abgelehnt. Falls es ein lokaler Server ist, prüfe, ob er läuft und ob die Basis-URL in den Einstellungen den richtigen Port hat.</translation>
    </message>
    <message>
        <source>Dewey could not find %1. Check your internet connection and the base URL in Settings.</source>
        <translation>Dewey konnte %1 nicht finden. Prüfe deine Internetverbindung und die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Dewey could not set up a secure connection to %1. Check the base URL in Settings.</source>
        <translation>Dewey konnte keine sichere Verbindung zu %1 aufbauen. Prüfe die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>Dewey could not reach %1. Check your internet connection and try again.</source>
        <translation>Dewey konnte %1 nicht erreichen. Prüfe deine Internetverbindung und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>%1 reported an error while answering. Try again in a moment.</source>
        <translation>%1 hat beim Antworten einen Fehler gemeldet. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 stopped sending the answer for %2 seconds. Try again.</source>
        <translation>%1 hat %2 Sekunden lang keine Antwort mehr gesendet. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again in a moment.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 sent something that is not a chat answer. Check that the base URL in Settings points at an OpenAI-compatible API (it usually ends in /v1).</source>
        <translation>%1 hat etwas geschickt, das keine Chat-Antwort ist. Prüfe, ob die Basis-URL in den Einstellungen auf eine OpenAI-kompatible API zeigt (sie endet meist auf /v1).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one in Settings, or set a base URL for a local server that needs no key.</source>
        <translation>Es ist kein OpenAI-API-Schlüssel gesetzt. Füge in den Einstellungen einen hinzu oder setze die Basis-URL eines lokalen Servers, der keinen Schlüssel braucht.</translation>
    </message>
</context>
<context>
    <name>OverlayTokenRegenerator</name>
    <message>
        <source>Regenerate the overlay URL?</source>
        <translation>Overlay-URL neu erzeugen?</translation>
    </message>
    <message>
        <source>The current overlay URL stops working at once: OBS shows no alerts until you paste the new URL into its Browser Source.</source>
        <translation>Die aktuelle Overlay-URL funktioniert sofort nicht mehr: OBS zeigt keine Alerts, bis du die neue URL in die Browserquelle einfügst.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
</context>
<context>
    <name>RunKeyAutostart</name>
    <message>
        <source>Dewey could not change %1.</source>
        <translation>Dewey konnte %1 nicht ändern.</translation>
    </message>
</context>
<context>
    <name>SalesCommand</name>
    <message>
        <source>List the recorded Stripe sales: &apos;sales list [--json] [--since ISO]&apos;.</source>
        <translation>Listet die erfassten Stripe-Verkäufe: &apos;sales list [--json] [--since ISO]&apos;.</translation>
    </message>
    <message>
        <source>List the sales, newest first.</source>
        <translation>Listet die Verkäufe, neueste zuerst.</translation>
    </message>
    <message>
        <source>Print JSON (an array of sales) instead of a table.</source>
        <translation>Gibt JSON (ein Array von Verkäufen) statt einer Tabelle aus.</translation>
    </message>
    <message>
        <source>Only sales made at or after TIME (ISO 8601, e.g. 2024-05-01 or 2024-05-01T20:00:00Z).</source>
        <translation>Nur Verkäufe ab ZEIT (ISO 8601, z. B. 2024-05-01 oder 2024-05-01T20:00:00Z).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>missing subcommand; use &apos;sales list&apos;.</source>
        <translation>Unterbefehl fehlt; verwende &apos;sales list&apos;.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use &apos;sales list&apos;.</source>
        <translation>unbekannter Unterbefehl „%1“; verwende &apos;sales list&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or time (for example 2024-05-01T20:00:00Z).</source>
        <translation>„%1“ ist kein Datum und keine Uhrzeit nach ISO 8601 (zum Beispiel 2024-05-01T20:00:00Z).</translation>
    </message>
    <message>
        <source>Cannot read the sales ledger: %1</source>
        <translation>Das Verkaufsjournal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No sales recorded yet.</source>
        <translation>Noch keine Verkäufe erfasst.</translation>
    </message>
    <message>
        <source>[test]</source>
        <translation>[Test]</translation>
    </message>
</context>
<context>
    <name>SalesCsvExporter</name>
    <message>
        <source>Cannot read the sales: %1</source>
        <translation>Die Verkäufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SalesTools</name>
    <message>
        <source>Unknown period &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Zeitraum „%1“; verwende einen von: %2.</translation>
    </message>
    <message>
        <source>The sales ledger could not be read: %1</source>
        <translation>Das Verkaufsjournal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Looked up sales (%1)</source>
        <translation>Verkäufe nachgesehen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Looked up the %n latest sales</source>
        <translation>
            <numerusform>Letzte Verkäufe nachgesehen: %n</numerusform>
            <numerusform>Letzte Verkäufe nachgesehen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the overlay server and the webhook receiver without a window.</source>
        <translation>Startet den Overlay-Server und den Webhook-Empfänger ohne Fenster.</translation>
    </message>
    <message>
        <source>Serve the overlay on port N (0 picks a free port).</source>
        <translation>Stellt das Overlay auf Port N bereit (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Receive Stripe webhooks on port N (0 picks a free port).</source>
        <translation>Empfängt Stripe-Webhooks auf Port N (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>a port must be a number from 0 to 65535.</source>
        <translation>ein Port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Dewey is already running with the data folder %1. Stop it first, or use another folder with --data-dir.</source>
        <translation>Dewey läuft bereits mit dem Datenordner %1. Beende es zuerst oder verwende mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>the overlay and webhook ports must differ.</source>
        <translation>Overlay- und Webhook-Port müssen verschieden sein.</translation>
    </message>
</context>
<context>
    <name>StripeEventMapper</name>
    <message>
        <source>Thin events are not supported; use a snapshot event destination</source>
        <translation>Thin-Events werden nicht unterstützt; verwende ein Snapshot-Event-Ziel</translation>
    </message>
    <message>
        <source>Not a Stripe event (no id or type)</source>
        <translation>Kein Stripe-Ereignis (id oder type fehlt)</translation>
    </message>
    <message>
        <source>Not a Stripe event (no data.object or created)</source>
        <translation>Kein Stripe-Ereignis (data.object oder created fehlt)</translation>
    </message>
    <message>
        <source>PaymentIntent sales are turned off (Checkout and invoices report these)</source>
        <translation>PaymentIntent-Verkäufe sind ausgeschaltet (Checkout und Rechnungen melden diese)</translation>
    </message>
    <message>
        <source>Event type %1 is not used by Dewey</source>
        <translation>Der Ereignistyp %1 wird von Dewey nicht verwendet</translation>
    </message>
    <message>
        <source>The %1 has no usable amount or currency</source>
        <translation>Das Ereignis %1 hat keinen verwendbaren Betrag oder keine Währung</translation>
    </message>
    <message>
        <source>Setup-mode Checkout Sessions are not purchases</source>
        <translation>Checkout Sessions im Setup-Modus sind keine Käufe</translation>
    </message>
    <message>
        <source>The Checkout Session is not paid yet (%1)</source>
        <translation>Die Checkout Session ist noch nicht bezahlt (%1)</translation>
    </message>
    <message>
        <source>The Checkout Session has no id or amount_total</source>
        <translation>Die Checkout Session hat keine id oder amount_total</translation>
    </message>
    <message>
        <source>The invoice has no id or amount_paid</source>
        <translation>Die Rechnung hat keine id oder amount_paid</translation>
    </message>
    <message>
        <source>Nothing was paid on this invoice (a trial or a fully discounted one)</source>
        <translation>Auf diese Rechnung wurde nichts gezahlt (eine Testphase oder voll rabattiert)</translation>
    </message>
    <message>
        <source>The PaymentIntent has no id or amount</source>
        <translation>Der PaymentIntent hat keine id oder keinen Betrag</translation>
    </message>
    <message>
        <source>The charge is only authorised, not captured</source>
        <translation>Die Zahlung ist nur autorisiert, nicht eingezogen</translation>
    </message>
    <message>
        <source>The charge has no id or amount</source>
        <translation>Die Zahlung hat keine id oder keinen Betrag</translation>
    </message>
    <message>
        <source>Partial refund: the sale stays recorded</source>
        <translation>Teilerstattung: Der Verkauf bleibt erfasst</translation>
    </message>
</context>
<context>
    <name>StripeSignature</name>
    <message>
        <source>No Stripe-Signature header</source>
        <translation>Kein Stripe-Signature-Header</translation>
    </message>
    <message>
        <source>Unable to extract timestamp and signatures from header</source>
        <translation>Zeitstempel und Signaturen konnten nicht aus dem Header gelesen werden</translation>
    </message>
    <message>
        <source>No signatures found with expected scheme</source>
        <translation>Keine Signaturen mit dem erwarteten Schema gefunden</translation>
    </message>
    <message>
        <source>No webhook signing secret is configured</source>
        <translation>Es ist kein Webhook-Signaturgeheimnis eingerichtet</translation>
    </message>
    <message>
        <source>No signatures found matching the expected signature for payload</source>
        <translation>Keine Signatur gefunden, die zur erwarteten Signatur des Inhalts passt</translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance zone (%1 s old, %2 s allowed)</source>
        <translation>Zeitstempel außerhalb der Toleranz (%1 s alt, %2 s erlaubt)</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Dewey could not remove %1.</source>
        <translation>Dewey konnte %1 nicht entfernen.</translation>
    </message>
    <message>
        <source>Dewey could not create the folder %1.</source>
        <translation>Dewey konnte den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Dewey could not write %1: %2</source>
        <translation>Dewey konnte %1 nicht schreiben: %2</translation>
    </message>
</context>
</TS>
