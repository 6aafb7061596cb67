<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AlertCommands</name>
    <message>
        <source>Alerts are paused.</source>
        <translation>Las alertas están en pausa.</translation>
    </message>
    <message>
        <source>Alerts are on.</source>
        <translation>Las alertas están activas.</translation>
    </message>
    <message numerus="yes">
        <source>%n overlay(s) connected, </source>
        <translation>
            <numerusform>%n overlay conectado, </numerusform>
            <numerusform>%n overlays conectados, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) waiting.</source>
        <translation>
            <numerusform>%n alerta en espera.</numerusform>
            <numerusform>%n alertas en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not queue a test alert: %1</source>
        <translation>No se pudo poner en cola una alerta de prueba: %1</translation>
    </message>
    <message>
        <source>Test alert queued.</source>
        <translation>Alerta de prueba en cola.</translation>
    </message>
    <message>
        <source>No overlay is connected yet: it plays when OBS connects.</source>
        <translation>Todavía no hay ningún overlay conectado: se mostrará cuando OBS se conecte.</translation>
    </message>
    <message>
        <source>Alerts are paused: it plays when you resume.</source>
        <translation>Las alertas están en pausa: se mostrará cuando las reanudes.</translation>
    </message>
    <message>
        <source>Could not change the pause: %1</source>
        <translation>No se pudo cambiar la pausa: %1</translation>
    </message>
    <message>
        <source>Alerts paused.</source>
        <translation>Alertas en pausa.</translation>
    </message>
    <message>
        <source>Alerts resumed.</source>
        <translation>Alertas reanudadas.</translation>
    </message>
    <message>
        <source>Skipped the alert on screen.</source>
        <translation>Se saltó la alerta en pantalla.</translation>
    </message>
    <message>
        <source>No alert is on screen.</source>
        <translation>No hay ninguna alerta en pantalla.</translation>
    </message>
    <message>
        <source>Could not clear the alerts: %1</source>
        <translation>No se pudieron borrar las alertas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n waiting alert(s).</source>
        <translation>
            <numerusform>Se borró %n alerta en espera.</numerusform>
            <numerusform>Se borraron %n alertas en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying sales is not available here.</source>
        <translation>Repetir ventas no está disponible aquí.</translation>
    </message>
    <message>
        <source>No sale was recorded for the event &quot;%1&quot;.</source>
        <translation>No hay ninguna venta registrada para el evento «%1».</translation>
    </message>
    <message>
        <source>Could not replay the sale: %1</source>
        <translation>No se pudo repetir la venta: %1</translation>
    </message>
    <message>
        <source>Replay of %1&apos;s sale queued.</source>
        <translation>Repetición de la venta de %1 en cola.</translation>
    </message>
</context>
<context>
    <name>AlertComposer</name>
    <message>
        <source>{buyer} just bought {items} — {amount}</source>
        <extracomment>The default alert line. Keep the {placeholders}; they are filled with the sale&apos;s details.</extracomment>
        <translation>{buyer} acaba de comprar {items} — {amount}</translation>
    </message>
    <message>
        <source>Alex</source>
        <extracomment>The buyer in a test alert.</extracomment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Hoodie</source>
        <extracomment>The product in a test alert.</extracomment>
        <translation>Sudadera</translation>
    </message>
    <message>
        <source>This is a test alert from Dewey.</source>
        <extracomment>The buyer&apos;s message in a test alert.</extracomment>
        <translation>Esta es una alerta de prueba de Dewey.</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Shown as the buyer when the sale has no name to show.</extracomment>
        <translation>Alguien</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Dewey could not queue the alert: %1</source>
        <translation>Dewey no pudo poner la alerta en cola: %1</translation>
    </message>
    <message>
        <source>Dewey could not update the alert queue: %1</source>
        <translation>Dewey no pudo actualizar la cola de alertas: %1</translation>
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
        <translation>algo</translation>
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
        <translation>El archivo de niveles no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The tiers file has an unknown version (expected %1).</source>
        <translation>El archivo de niveles tiene una versión desconocida (se esperaba %1).</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>In the tiers file, &quot;%1&quot; of %2 is not usable.</source>
        <translation>En el archivo de niveles, «%1» de %2 no se puede usar.</translation>
    </message>
    <message>
        <source>Could not read the tiers file %1: %2</source>
        <translation>No se pudo leer el archivo de niveles %1: %2</translation>
    </message>
    <message>
        <source>Could not save the tiers file %1: %2</source>
        <translation>No se pudo guardar el archivo de niveles %1: %2</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Control the alerts of the running Dewey: test, pause, resume, skip, clear, status, replay.</source>
        <translation>Controla las alertas del Dewey en ejecución: test, pause, resume, skip, clear, status, replay.</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Imprime la respuesta como JSON.</translation>
    </message>
    <message>
        <source>say what to do: %1.</source>
        <translation>indica qué hacer: %1.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;.</source>
        <translation>acción desconocida «%1».</translation>
    </message>
    <message>
        <source>name the sale&apos;s Stripe event id (evt_…).</source>
        <translation>indica el id del evento de Stripe de la venta (evt_…).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
</context>
<context>
    <name>AppStateRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Dewey could not save &quot;%1&quot; in its database: %2</source>
        <translation>Dewey no pudo guardar «%1» en su base de datos: %2</translation>
    </message>
    <message>
        <source>Dewey could not remove &quot;%1&quot; from its database: %2</source>
        <translation>Dewey no pudo eliminar «%1» de su base de datos: %2</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask Dewey (or tell it something to remember); the answer streams to stdout.</source>
        <translation>Pregunta a Dewey (o cuéntale algo para que lo recuerde); la respuesta se transmite a stdout.</translation>
    </message>
    <message>
        <source>What to ask or tell Dewey.</source>
        <translation>Qué preguntar o contar a Dewey.</translation>
    </message>
    <message>
        <source>Print one JSON object when the answer is complete (answer, citations, usage) instead of streaming text.</source>
        <translation>Imprime un objeto JSON cuando la respuesta esté completa (answer, citations, usage) en lugar de transmitir texto.</translation>
    </message>
    <message>
        <source>Allow Dewey to delete notes when asked to (otherwise deletions are declined).</source>
        <translation>Permite que Dewey borre notas cuando se le pida (si no, los borrados se rechazan).</translation>
    </message>
    <message>
        <source>Continue conversation ID instead of starting a new one.</source>
        <translation>Continúa la conversación ID en lugar de empezar una nueva.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>dewey-cli also reads the key from DEWEY_OPENAI_API_KEY.</source>
        <translation>dewey-cli también lee la clave de DEWEY_OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>what should Dewey answer? e.g. dewey-cli ask &quot;what&apos;s the airbnb code?&quot;</source>
        <translation>¿qué debe responder Dewey? p. ej., dewey-cli ask &quot;¿cuál es el código del airbnb?&quot;</translation>
    </message>
    <message>
        <source>--conversation takes a conversation id (a positive number).</source>
        <translation>--conversation necesita un id de conversación (un número positivo).</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 Se reintenta en %2 s (intento %3).</translation>
    </message>
    <message>
        <source>deleting note %1 (--yes).</source>
        <translation>borrando la nota %1 (--yes).</translation>
    </message>
    <message>
        <source>Dewey wanted to delete note %1 (&quot;%2&quot;); it was kept. Run with --yes to allow deletions.</source>
        <translation>Dewey quería borrar la nota %1 («%2»); se conservó. Ejecuta con --yes para permitir borrados.</translation>
    </message>
    <message>
        <source>stopped; the part of the answer that arrived was kept.</source>
        <translation>detenido; se conservó la parte de la respuesta que llegó.</translation>
    </message>
</context>
<context>
    <name>AssistantTools</name>
    <message>
        <source>Dewey wants to delete this note. Delete it?</source>
        <translation>Dewey quiere borrar esta nota. ¿Borrarla?</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object.</source>
        <translation>Los argumentos de %1 no son un objeto JSON.</translation>
    </message>
    <message>
        <source>There is no tool called &quot;%1&quot;.</source>
        <translation>No hay ninguna herramienta llamada «%1».</translation>
    </message>
    <message>
        <source>remember needs the text of the note.</source>
        <translation>remember necesita el texto de la nota.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>No se pudo guardar la nota: %1</translation>
    </message>
    <message>
        <source>Saved note %1</source>
        <translation>Nota %1 guardada</translation>
    </message>
    <message>
        <source>update_note needs the id of a note and its new text.</source>
        <translation>update_note necesita el id de una nota y su nuevo texto.</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>No existe la nota %1.</translation>
    </message>
    <message>
        <source>Note %1 could not be changed: %2</source>
        <translation>No se pudo cambiar la nota %1: %2</translation>
    </message>
    <message>
        <source>Changed note %1</source>
        <translation>Nota %1 cambiada</translation>
    </message>
    <message>
        <source>forget needs the id of a note.</source>
        <translation>forget necesita el id de una nota.</translation>
    </message>
    <message>
        <source>Kept note %1</source>
        <translation>Nota %1 conservada</translation>
    </message>
    <message>
        <source>Note %1 could not be deleted: %2</source>
        <translation>No se pudo borrar la nota %1: %2</translation>
    </message>
    <message>
        <source>Deleted note %1</source>
        <translation>Nota %1 borrada</translation>
    </message>
    <message>
        <source>search_notes needs a query.</source>
        <translation>search_notes necesita una consulta.</translation>
    </message>
    <message numerus="yes">
        <source>Searched notes for “%1” (%n found)</source>
        <translation>
            <numerusform>Se buscó «%1» en las notas (%n encontrada)</numerusform>
            <numerusform>Se buscó «%1» en las notas (%n encontradas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyerPrivacy</name>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Use DIR as the data folder (default: the folder the Dewey app uses; the environment variable DEWEY_DATA_DIR also sets it).</source>
        <translation>Usa CARPETA como carpeta de datos (predeterminada: la que usa la app Dewey; la variable de entorno DEWEY_DATA_DIR también la define).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecuta &apos;dewey-cli COMANDO --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>dewey-cli: Dewey without a window, for scripts, Stream Deck buttons and servers.</source>
        <translation>dewey-cli: Dewey sin ventana, para scripts, botones de Stream Deck y servidores.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>El comando que se ejecutará (ver abajo).</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli --help&apos; for usage.</source>
        <translation>Ejecuta &apos;dewey-cli --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>Run &apos;dewey-cli %1 --help&apos; for usage.</source>
        <translation>Ejecuta &apos;dewey-cli %1 --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>no se indicó ningún comando.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>comando desconocido «%1».</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
</context>
<context>
    <name>ControlClient</name>
    <message>
        <source>Dewey is not running with the data folder %1. Start the app or `dewey-cli serve` first.</source>
        <translation>Dewey no se está ejecutando con la carpeta de datos %1. Abre la app o ejecuta antes `dewey-cli serve`.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Dewey did not take the command: %1</source>
        <translation>Dewey no aceptó el comando: %1</translation>
    </message>
    <message>
        <source>Dewey did not answer the command in time.</source>
        <translation>Dewey no respondió al comando a tiempo.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that its parent folder is writable, or choose another one with --data-dir.</source>
        <translation>No se pudo crear la carpeta de datos %1. Comprueba que se pueda escribir en su carpeta superior o elige otra con --data-dir.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 was created by a newer version of Dewey (schema %2, this version understands up to %3). Install the newer Dewey, or choose another data folder.</source>
        <translation>La base de datos %1 la creó una versión más reciente de Dewey (esquema %2; esta versión entiende hasta el %3). Instala la versión más reciente de Dewey o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>This build of Dewey has a broken database schema (%1). Please report it.</source>
        <translation>Esta compilación de Dewey tiene un esquema de base de datos defectuoso (%1). Por favor, infórmanos.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is missing, so Dewey cannot open %1. Reinstall Dewey.</source>
        <translation>Falta el controlador SQLite de Qt (QSQLITE), así que Dewey no puede abrir %1. Reinstala Dewey.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database connection name &quot;%2&quot; is already in use.</source>
        <translation>No se puede abrir %1: el nombre de conexión «%2» ya está en uso.</translation>
    </message>
    <message>
        <source>The folder %1 for Dewey&apos;s database does not exist. Create it, or choose another data folder.</source>
        <translation>La carpeta %1 para la base de datos de Dewey no existe. Créala o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Dewey cannot read its database %1 (%2). Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey no puede leer su base de datos %1 (%2). Comprueba los permisos del archivo o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The file %1 is not a Dewey database or is damaged; it was left untouched. Move it away to start fresh, or restore a backup. (Details: %2)</source>
        <translation>El archivo %1 no es una base de datos de Dewey o está dañado; no se ha tocado. Muévelo a otro sitio para empezar de cero o restaura una copia de seguridad. (Detalles: %2)</translation>
    </message>
    <message>
        <source>Dewey cannot write to the folder %1 that holds its database. Check the folder&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey no puede escribir en la carpeta %1 que contiene su base de datos. Comprueba los permisos de la carpeta o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Dewey cannot write to its database %1. Check the file&apos;s permissions, or choose another data folder.</source>
        <translation>Dewey no puede escribir en su base de datos %1. Comprueba los permisos del archivo o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Dewey cannot open its database %1: %2</source>
        <translation>Dewey no puede abrir su base de datos %1: %2</translation>
    </message>
    <message>
        <source>it cannot use write-ahead logging (SQLite answered &quot;%1&quot;); a network drive may be the cause</source>
        <translation>no puede usar el registro de escritura anticipada (SQLite respondió «%1»); puede deberse a una unidad de red</translation>
    </message>
    <message>
        <source>Dewey cannot read the schema of its database %1: %2</source>
        <translation>Dewey no puede leer el esquema de su base de datos %1: %2</translation>
    </message>
    <message>
        <source>Dewey could not update its database %1: migration %2 (%3) failed: %4. The database was left at schema %5.</source>
        <translation>Dewey no pudo actualizar su base de datos %1: la migración %2 (%3) falló: %4. La base de datos se quedó en el esquema %5.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it does not start with an SQLite header</source>
        <translation>no empieza con una cabecera SQLite</translation>
    </message>
    <message>
        <source>it is shorter than an SQLite header</source>
        <translation>es más corto que una cabecera SQLite</translation>
    </message>
    <message>
        <source>it is cut off: its header counts %1 bytes but the file holds %2</source>
        <translation>está cortado: su cabecera indica %1 bytes, pero el archivo tiene %2</translation>
    </message>
</context>
<context>
    <name>Dewey::AboutDialog</name>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>About Dewey</source>
        <translation>Acerca de Dewey</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dewey %1&lt;/h3&gt;&lt;p&gt;Store sale alerts and a notes assistant for livestreamers.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your sales, your notes and your keys.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. QtKeychain %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dewey %1&lt;/h3&gt;&lt;p&gt;Alertas de ventas de tu tienda y un asistente de notas para streamers.&lt;/p&gt;&lt;p&gt;Todo se queda en este ordenador: tus ventas, tus notas y tus claves.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose con Qt %3. QtKeychain %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; is © The Qt Company Ltd. and other contributors, used under the GNU Lesser General Public License version 3 (&lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;). Dewey loads the Qt libraries from separate files, so you may replace them with your own build; Qt&apos;s source code is at &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; is © Frank Osterfeld and other contributors, used under the BSD 3-Clause License (&lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD-3-Clause&lt;/a&gt;): it comes without any warranty, and its authors&apos; names may not be used to promote Dewey.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; es © The Qt Company Ltd. y otros colaboradores, y se usa bajo la GNU Lesser General Public License versión 3 (&lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;). Dewey carga las bibliotecas de Qt desde archivos separados, así que puedes reemplazarlas por tu propia compilación; el código fuente de Qt está en &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; es © Frank Osterfeld y otros colaboradores, y se usa bajo la licencia BSD de 3 cláusulas (&lt;a href=&quot;https://opensource.org/license/bsd-3-clause&quot;&gt;BSD-3-Clause&lt;/a&gt;): se ofrece sin ninguna garantía y los nombres de sus autores no pueden usarse para promocionar Dewey.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertCard</name>
    <message>
        <source>Alert card</source>
        <translation>Tarjeta de alerta</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertPreview</name>
    <message>
        <source>Alert preview</source>
        <translation>Vista previa de la alerta</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertQueue</name>
    <message>
        <source>Dewey could not read the waiting alerts from its database.</source>
        <translation>Dewey no pudo leer de su base de datos las alertas en espera.</translation>
    </message>
    <message>
        <source>The sale is too old to be shown on stream.</source>
        <translation>La venta es demasiado antigua para mostrarla en el directo.</translation>
    </message>
    <message>
        <source>This sale has already been queued.</source>
        <translation>Esta venta ya está en la cola.</translation>
    </message>
    <message>
        <source>Refunded or disputed sales are not shown on stream.</source>
        <translation>Las ventas reembolsadas o disputadas no se muestran en el directo.</translation>
    </message>
</context>
<context>
    <name>Dewey::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Alerts are paused: new sales are recorded, but not shown on stream.</source>
        <translation>Las alertas están en pausa: las nuevas ventas se registran, pero no se muestran en el directo.</translation>
    </message>
    <message>
        <source>Overlay for OBS</source>
        <translation>Overlay para OBS</translation>
    </message>
    <message>
        <source>Overlay URL</source>
        <translation>URL del overlay</translation>
    </message>
    <message>
        <source>Appears when the overlay server is running</source>
        <translation>Aparece cuando el servidor del overlay está en marcha</translation>
    </message>
    <message>
        <source>Overlay &amp;URL:</source>
        <translation>URL del &amp;overlay:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show alerts in OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;In OBS, add a source to your scene: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the overlay URL into the &lt;b&gt;URL&lt;/b&gt; field.&lt;/li&gt;&lt;li&gt;Set &lt;b&gt;Width&lt;/b&gt; to 1920 and &lt;b&gt;Height&lt;/b&gt; to 1080, then click &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;The overlay is transparent until a sale comes in. Keep the URL private: anyone with it can watch your alerts.</source>
        <translation>&lt;b&gt;Mostrar alertas en OBS&lt;/b&gt;&lt;ol&gt;&lt;li&gt;En OBS, añade una fuente a tu escena: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Navegador&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Pega la URL del overlay en el campo &lt;b&gt;URL&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Pon &lt;b&gt;Ancho&lt;/b&gt; en 1920 y &lt;b&gt;Alto&lt;/b&gt; en 1080, y haz clic en &lt;b&gt;Aceptar&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;El overlay es transparente hasta que llega una venta. Mantén la URL en privado: cualquiera que la tenga puede ver tus alertas.</translation>
    </message>
    <message>
        <source>Stripe webhooks</source>
        <translation>Webhooks de Stripe</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Appears when the webhook receiver is running</source>
        <translation>Aparece cuando el receptor de webhooks está en marcha</translation>
    </message>
    <message>
        <source>&amp;Webhook URL (local):</source>
        <translation>URL del &amp;webhook (local):</translation>
    </message>
    <message>
        <source>The overlay server is not running, so OBS cannot show alerts. Restart Dewey; if this persists, choose another overlay port in Settings.</source>
        <translation>El servidor del overlay no está en marcha, así que OBS no puede mostrar alertas. Reinicia Dewey; si sigue pasando, elige otro puerto para el overlay en Ajustes.</translation>
    </message>
    <message>
        <source>Running on port %1. No overlay is connected yet.</source>
        <translation>En marcha en el puerto %1. Todavía no hay ningún overlay conectado.</translation>
    </message>
    <message numerus="yes">
        <source>Running on port %1. Connected overlays: %n.</source>
        <translation>
            <numerusform>En marcha en el puerto %1. Overlays conectados: %n.</numerusform>
            <numerusform>En marcha en el puerto %1. Overlays conectados: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>Reanudar alertas</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>Pausar alertas</translation>
    </message>
    <message>
        <source>Show sale alerts on stream again</source>
        <translation>Volver a mostrar las alertas de ventas en el directo</translation>
    </message>
    <message>
        <source>Stop showing sale alerts on stream; sales are still recorded</source>
        <translation>Dejar de mostrar las alertas de ventas en el directo; las ventas se siguen registrando</translation>
    </message>
    <message>
        <source>Alert queue: empty.</source>
        <translation>Cola de alertas: vacía.</translation>
    </message>
    <message numerus="yes">
        <source>Alert queue: %n waiting.</source>
        <translation>
            <numerusform>Cola de alertas: %n en espera.</numerusform>
            <numerusform>Cola de alertas: %n en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>They play when you resume alerts.</source>
        <translation>Se mostrarán cuando reanudes las alertas.</translation>
    </message>
    <message>
        <source>They play when an overlay connects.</source>
        <translation>Se mostrarán cuando se conecte un overlay.</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;En directo</translation>
    </message>
    <message>
        <source>Sales &amp;history</source>
        <translation>&amp;Historial de ventas</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>N&amp;iveles</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>Cola de alertas</translation>
    </message>
    <message>
        <source>S&amp;kip current</source>
        <translation>Sal&amp;tar la actual</translation>
    </message>
    <message>
        <source>Take the alert on screen off now</source>
        <translation>Quitar ahora la alerta que está en pantalla</translation>
    </message>
    <message>
        <source>&amp;Clear waiting</source>
        <translation>Vaciar la &amp;cola</translation>
    </message>
    <message>
        <source>Drop the waiting alerts; the sales stay in the history and can be replayed</source>
        <translation>Descarta las alertas en espera; las ventas se quedan en el historial y se pueden repetir</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>Enviar alerta de &amp;prueba</translation>
    </message>
    <message>
        <source>Shows a made-up sale on the overlay, to check OBS shows it</source>
        <translation>Muestra una venta inventada en el overlay para comprobar que OBS la muestra</translation>
    </message>
    <message>
        <source>&amp;Regenerate URL…</source>
        <translation>&amp;Regenerar URL…</translation>
    </message>
    <message>
        <source>Make a new secret overlay URL, e.g. after it was shown on stream</source>
        <translation>Crea una nueva URL secreta del overlay, p. ej., si se vio en el directo</translation>
    </message>
    <message>
        <source>Stripe reaches this address through a tunnel (the Stripe CLI, cloudflared or ngrok), chosen in Settings → Stripe.</source>
        <translation>Stripe llega a esta dirección a través de un túnel (Stripe CLI, cloudflared o ngrok), que se elige en Ajustes → Stripe.</translation>
    </message>
    <message>
        <source>Now showing: %1</source>
        <translation>En pantalla: %1</translation>
    </message>
    <message>
        <source>Nothing on screen.</source>
        <translation>No hay nada en pantalla.</translation>
    </message>
    <message>
        <source>Could not send a test alert: %1</source>
        <translation>No se pudo enviar una alerta de prueba: %1</translation>
    </message>
    <message>
        <source>Test alert queued.</source>
        <translation>Alerta de prueba en cola.</translation>
    </message>
    <message>
        <source>Could not clear the queue: %1</source>
        <translation>No se pudo vaciar la cola: %1</translation>
    </message>
    <message>
        <source>Waiting alerts cleared: %1. Replay any sale from the sales history.</source>
        <translation>Alertas en espera borradas: %1. Puedes repetir cualquier venta desde el historial de ventas.</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>Alertas en directo</translation>
    </message>
</context>
<context>
    <name>Dewey::AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies after Dewey restarts.</source>
        <translation>El nuevo idioma se aplica cuando Dewey se reinicia.</translation>
    </message>
    <message>
        <source>Show alerts in an always-on-top window on this computer</source>
        <translation>Mostrar las alertas en una ventana siempre visible en este ordenador</translation>
    </message>
    <message>
        <source>Overlay window screen</source>
        <translation>Pantalla de la ventana del overlay</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Pantalla principal</translation>
    </message>
    <message>
        <source>Overlay window corner</source>
        <translation>Esquina de la ventana del overlay</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Arriba a la derecha</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Arriba a la izquierda</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Abajo a la derecha</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Abajo a la izquierda</translation>
    </message>
    <message>
        <source>Overlay window &amp;screen:</source>
        <translation>&amp;Pantalla de la ventana del overlay:</translation>
    </message>
    <message>
        <source>Overlay window &amp;corner:</source>
        <translation>Es&amp;quina de la ventana del overlay:</translation>
    </message>
    <message>
        <source>Overlay window:</source>
        <translation>Ventana del overlay:</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (sin conectar)</translation>
    </message>
    <message>
        <source>Let clicks pass t&amp;hrough the overlay window</source>
        <translation>Dejar que los clics a&amp;traviesen la ventana del overlay</translation>
    </message>
    <message>
        <source>On: clicking where the alert is reaches the game below it</source>
        <translation>Activado: al hacer clic sobre la alerta, el clic llega al juego que hay debajo</translation>
    </message>
    <message>
        <source>The window never takes the keyboard from the game. Also in the tray menu.</source>
        <translation>La ventana nunca le quita el teclado al juego. También en el menú de la bandeja.</translation>
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
        <translation>Cambiar la clave de API…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Dewey answers with OpenAI, or with any server that speaks the OpenAI API: Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1), llama.cpp.</source>
        <translation>Dewey responde con OpenAI o con cualquier servidor compatible con la API de OpenAI: Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1), llama.cpp.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Vacío: %1</translation>
    </message>
    <message>
        <source>Server base URL</source>
        <translation>URL base del servidor</translation>
    </message>
    <message>
        <source>With the version path, as the OpenAI SDKs write it; empty: %1</source>
        <translation>Con la ruta de la versión, como la escriben los SDK de OpenAI; vacío: %1</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problema con la URL base</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Lower keeps answers close to your notes; higher words them more freely.</source>
        <translation>Más baja mantiene las respuestas cerca de tus notas; más alta las redacta con más libertad.</translation>
    </message>
    <message>
        <source>Change the OpenAI API key in Settings, Secrets</source>
        <translation>Cambiar la clave de API de OpenAI en Ajustes, Claves</translation>
    </message>
    <message>
        <source>Save the Dewey settings</source>
        <translation>Guardar los ajustes de Dewey</translation>
    </message>
    <message>
        <source>Test the connection to the server</source>
        <translation>Probar la conexión con el servidor</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>%1 is set, so Dewey uses that server instead of this one.</source>
        <translation>%1 está definida, así que Dewey usa ese servidor en lugar de este.</translation>
    </message>
    <message>
        <source>Set (kept with the other keys in Secrets).</source>
        <translation>Configurada (se guarda con las demás claves en Claves).</translation>
    </message>
    <message>
        <source>Not set. OpenAI needs one; most local servers do not.</source>
        <translation>Sin configurar. OpenAI necesita una; la mayoría de los servidores locales no.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Preguntando al servidor…</translation>
    </message>
    <message>
        <source>OK: %1 answered and offers the model %2.</source>
        <translation>OK: %1 respondió y ofrece el modelo %2.</translation>
    </message>
    <message>
        <source>%1 answered, but it has no model named %2. It offers: %3.</source>
        <translation>%1 respondió, pero no tiene ningún modelo llamado %2. Ofrece: %3.</translation>
    </message>
    <message>
        <source>%1 refused the API key. Check the key in Settings → Secrets.</source>
        <translation>%1 rechazó la clave de API. Revisa la clave en Ajustes → Claves.</translation>
    </message>
    <message>
        <source>%1 needs an API key. Enter it in Settings → Secrets.</source>
        <translation>%1 necesita una clave de API. Introdúcela en Ajustes → Claves.</translation>
    </message>
    <message>
        <source>No server is reachable at %1. Is it running, and is the address right?</source>
        <translation>No hay ningún servidor accesible en %1. ¿Está en marcha y la dirección es correcta?</translation>
    </message>
    <message>
        <source>%1 has no model named %2.</source>
        <translation>%1 no tiene ningún modelo llamado %2.</translation>
    </message>
</context>
<context>
    <name>Dewey::CatchUp</name>
    <message>
        <source>Catch-up needs the Stripe secret key: add it in Settings → Secrets.</source>
        <translation>La recuperación necesita la clave secreta de Stripe: añádela en Ajustes → Claves.</translation>
    </message>
    <message>
        <source>Stripe&apos;s event list did not end after %1 pages; catch-up stopped.</source>
        <translation>La lista de eventos de Stripe no terminó tras %1 páginas; se detuvo la recuperación.</translation>
    </message>
    <message>
        <source>Could not record event %1: %2</source>
        <translation>No se pudo registrar el evento %1: %2</translation>
    </message>
    <message>
        <source>Dewey last caught up with Stripe on %1. Stripe keeps events for %2 days, so sales from %1 to %3 may be missing here: check them in your Stripe dashboard.</source>
        <translation>Dewey se puso al día con Stripe por última vez el %1. Stripe guarda los eventos %2 días, así que aquí pueden faltar ventas del %1 al %3: revísalas en tu panel de Stripe.</translation>
    </message>
    <message>
        <source>Catching up with Stripe…</source>
        <translation>Poniéndose al día con Stripe…</translation>
    </message>
    <message>
        <source>Not caught up yet.</source>
        <translation>Todavía no se ha puesto al día.</translation>
    </message>
    <message>
        <source>Catch-up at %1 failed: %2</source>
        <translation>La recuperación de las %1 falló: %2</translation>
    </message>
    <message>
        <source>Caught up at %1: no missed sales.</source>
        <translation>Al día a las %1: no faltaba ninguna venta.</translation>
    </message>
    <message numerus="yes">
        <source>Caught up at %1: %n missed sale(s) recorded.</source>
        <translation>
            <numerusform>Al día a las %1: se registró %n venta que faltaba.</numerusform>
            <numerusform>Al día a las %1: se registraron %n ventas que faltaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::ChatErrorBanner</name>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Problem with the last answer</source>
        <translation>Problema con la última respuesta</translation>
    </message>
    <message>
        <source>Open Settings to fix the OpenAI connection</source>
        <translation>Abre Ajustes para arreglar la conexión con OpenAI</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Volver a preguntar</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
    <message>
        <source>Dewey could not reach the OpenAI server: the network seems to be down. Your message is saved; press Retry when you are back online.</source>
        <translation>Dewey no pudo conectar con el servidor de OpenAI: parece que no hay red. Tu mensaje está guardado; pulsa Reintentar cuando vuelvas a tener conexión.</translation>
    </message>
    <message>
        <source>OpenAI is limiting how fast Dewey may ask right now. Your message is saved; press Retry in a moment.</source>
        <translation>OpenAI está limitando ahora la frecuencia con la que Dewey puede preguntar. Tu mensaje está guardado; pulsa Reintentar en un momento.</translation>
    </message>
    <message>
        <source>The OpenAI server had a problem answering. Your message is saved; press Retry.</source>
        <translation>El servidor de OpenAI tuvo un problema al responder. Tu mensaje está guardado; pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Dewey could not answer.</source>
        <translation>Dewey no pudo responder.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Your OpenAI API key was refused — check it in Settings → Secrets.</source>
        <translation>Se rechazó tu clave de API de OpenAI: revísala en Ajustes → Claves.</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatInput</name>
    <message>
        <source>Message to Dewey</source>
        <translation>Mensaje para Dewey</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Intro envía, Mayús+Intro empieza una línea nueva, Esc detiene la respuesta.</translation>
    </message>
    <message>
        <source>Tell Dewey something to remember, or ask about your notes…</source>
        <translation>Cuéntale a Dewey algo que recordar o pregunta por tus notas…</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatMessageView</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <source>Dewey&apos;s answer</source>
        <translation>Respuesta de Dewey</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatSession</name>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Esa conversación ya no existe.</translation>
    </message>
    <message>
        <source>Type a note or a question first.</source>
        <translation>Escribe primero una nota o una pregunta.</translation>
    </message>
    <message>
        <source>Dewey is still answering. Wait for the answer, or press Stop.</source>
        <translation>Dewey todavía está respondiendo. Espera la respuesta o pulsa Detener.</translation>
    </message>
    <message>
        <source>Dewey is still answering.</source>
        <translation>Dewey todavía está respondiendo.</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>No hay ningún mensaje esperando respuesta.</translation>
    </message>
    <message>
        <source>The model sent an empty answer. Try again, or choose another model in Settings.</source>
        <translation>El modelo envió una respuesta vacía. Inténtalo de nuevo o elige otro modelo en Ajustes.</translation>
    </message>
</context>
<context>
    <name>Dewey::ChatView</name>
    <message>
        <source>Conversation with Dewey</source>
        <translation>Conversación con Dewey</translation>
    </message>
</context>
<context>
    <name>Dewey::CitationChips</name>
    <message>
        <source>Notes this answer cites</source>
        <translation>Notas que cita esta respuesta</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Nota %1</translation>
    </message>
    <message>
        <source>Open note %1</source>
        <translation>Abrir la nota %1</translation>
    </message>
</context>
<context>
    <name>Dewey::CloudflaredTunnel</name>
    <message>
        <source>Cloudflare did not hand out a quick tunnel (it limits how often one can be made); Dewey tries again shortly.</source>
        <translation>Cloudflare no entregó un túnel rápido (limita cuántos se pueden crear); Dewey lo volverá a intentar en breve.</translation>
    </message>
</context>
<context>
    <name>Dewey::ControlServer</name>
    <message>
        <source>Could not write the control token in %1: %2</source>
        <translation>No se pudo escribir el token de control en %1: %2</translation>
    </message>
    <message>
        <source>Could not open the control channel %1: %2</source>
        <translation>No se pudo abrir el canal de control %1: %2</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>Solicitud demasiado grande.</translation>
    </message>
    <message>
        <source>Malformed request: %1</source>
        <translation>Solicitud mal formada: %1</translation>
    </message>
    <message>
        <source>Wrong control token.</source>
        <translation>Token de control incorrecto.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationRepository</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Dewey could not start a conversation in its database: %1</source>
        <translation>Dewey no pudo iniciar una conversación en su base de datos: %1</translation>
    </message>
    <message>
        <source>A conversation needs a name.</source>
        <translation>Una conversación necesita un nombre.</translation>
    </message>
    <message>
        <source>Dewey could not rename the conversation: %1</source>
        <translation>Dewey no pudo renombrar la conversación: %1</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>La conversación ya no existe.</translation>
    </message>
    <message>
        <source>Dewey could not delete the conversation: %1</source>
        <translation>Dewey no pudo borrar la conversación: %1</translation>
    </message>
    <message>
        <source>Dewey could not save the message in its database: %1</source>
        <translation>Dewey no pudo guardar el mensaje en su base de datos: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Conversaciones anteriores</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Empezar una conversación nueva</translation>
    </message>
    <message>
        <source>Rename the selected conversation</source>
        <translation>Renombrar la conversación seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Borrar la conversación seleccionada</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Borrar conversación</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n message(s)? The notes Dewey saved stay.</source>
        <translation>
            <numerusform>¿Borrar «%1» y su %n mensaje? Las notas que guardó Dewey se conservan.</numerusform>
            <numerusform>¿Borrar «%1» y sus %n mensajes? Las notas que guardó Dewey se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last message %1</source>
        <translation>Último mensaje: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Dewey::CustomCommandTunnel</name>
    <message>
        <source>Custom tunnel</source>
        <translation>Túnel personalizado</translation>
    </message>
    <message>
        <source>Enter the tunnel command in Settings → Stripe, with {port} where the webhook port goes.</source>
        <translation>Introduce el comando del túnel en Ajustes → Stripe, con {port} donde va el puerto del webhook.</translation>
    </message>
    <message>
        <source>The tunnel command &quot;%1&quot; could not be read (check its quotes).</source>
        <translation>No se pudo leer el comando del túnel «%1» (revisa sus comillas).</translation>
    </message>
    <message>
        <source>The URL pattern in Settings → Stripe is not a valid regular expression: %1</source>
        <translation>El patrón de URL de Ajustes → Stripe no es una expresión regular válida: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::DeweyPage</name>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Dewey, your notes assistant</source>
        <translation>Dewey, tu asistente de notas</translation>
    </message>
    <message>
        <source>Tell Dewey small facts as they come up — a friend&apos;s unit number, the Airbnb lock code, a sponsor&apos;s discount code — and later ask for them in plain words. Dewey answers from your notes, shows which ones, and says so when it does not know.</source>
        <translation>Cuéntale a Dewey pequeños datos a medida que surjan (el número de piso de un amigo, el código de la cerradura del Airbnb, el código de descuento de un patrocinador) y luego pídeselos con tus palabras. Dewey responde a partir de tus notas, muestra cuáles usó y te lo dice cuando no lo sabe.</translation>
    </message>
    <message>
        <source>Open Settings to enter the OpenAI API key</source>
        <translation>Abre Ajustes para introducir la clave de API de OpenAI</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Stop (Esc); the part of the answer that arrived is kept</source>
        <translation>Detener (Esc); se conserva la parte de la respuesta que llegó</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 Se reintenta en %2 s (intento %3)…</translation>
    </message>
    <message>
        <source>Forget a note</source>
        <translation>Olvidar una nota</translation>
    </message>
    <message>
        <source>Dewey wants to delete note %1:

%2</source>
        <translation>Dewey quiere borrar la nota %1:

%2</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Borrar nota</translation>
    </message>
    <message>
        <source>Stopped — this is the part of the answer that arrived.</source>
        <translation>Detenido: esta es la parte de la respuesta que llegó.</translation>
    </message>
    <message>
        <source>Interrupted — the answer did not arrive completely.</source>
        <translation>Interrumpido: la respuesta no llegó completa.</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>Revisando tus notas…</translation>
    </message>
    <message>
        <source>There is no message waiting for an answer.</source>
        <translation>No hay ningún mensaje esperando respuesta.</translation>
    </message>
    <message>
        <source>The last message has no answer yet.</source>
        <translation>El último mensaje todavía no tiene respuesta.</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Nota %1</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Esta nota ya no existe.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardada %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editada %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Your OpenAI API key is set. Tell Dewey something to remember, or ask about your notes.</source>
        <translation>Tu clave de API de OpenAI está configurada. Cuéntale a Dewey algo que recordar o pregunta por tus notas.</translation>
    </message>
    <message>
        <source>Dewey talks to the server set in Settings. Tell Dewey something to remember, or ask about your notes.</source>
        <translation>Dewey habla con el servidor configurado en Ajustes. Cuéntale a Dewey algo que recordar o pregunta por tus notas.</translation>
    </message>
    <message>
        <source>Dewey needs an OpenAI API key to answer (or a server that speaks the OpenAI API). Add it in Settings.</source>
        <translation>Dewey necesita una clave de API de OpenAI para responder (o un servidor compatible con la API de OpenAI). Añádela en Ajustes.</translation>
    </message>
    <message>
        <source>Conversations and notes</source>
        <translation>Conversaciones y notas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Dewey::EmbeddingIndexer</name>
    <message>
        <source>Cannot store note vectors: %1</source>
        <translation>No se pueden guardar los vectores de las notas: %1</translation>
    </message>
    <message>
        <source>The embedding server returned vectors Dewey could not store.</source>
        <translation>El servidor de embeddings devolvió vectores que Dewey no pudo guardar.</translation>
    </message>
</context>
<context>
    <name>Dewey::EmbeddingReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
</context>
<context>
    <name>Dewey::EndpointRegistrar</name>
    <message>
        <source>Dewey sale alerts on %1</source>
        <translation>Alertas de ventas de Dewey en %1</translation>
    </message>
    <message>
        <source>There is no public address to register yet: choose a tunnel in Settings → Stripe and wait until it is connected.</source>
        <translation>Aún no hay ninguna dirección pública que registrar: elige un túnel en Ajustes → Stripe y espera a que esté conectado.</translation>
    </message>
    <message>
        <source>Connecting needs the Stripe secret key: add it in Settings → Secrets.</source>
        <translation>Para conectar hace falta la clave secreta de Stripe: añádela en Ajustes → Claves.</translation>
    </message>
    <message>
        <source>Dewey had no webhook endpoint in this Stripe account.</source>
        <translation>Dewey no tenía ningún endpoint de webhook en esta cuenta de Stripe.</translation>
    </message>
    <message>
        <source>Removed Dewey&apos;s webhook endpoint from Stripe.</source>
        <translation>Se eliminó de Stripe el endpoint de webhook de Dewey.</translation>
    </message>
    <message>
        <source>Stripe sends sales to %1.</source>
        <translation>Stripe envía las ventas a %1.</translation>
    </message>
    <message>
        <source>Stripe allows 16 webhook endpoints per account, and all are in use. Remove old ones in the Stripe dashboard (Developers → Webhooks), then connect again.</source>
        <translation>Stripe permite 16 endpoints de webhook por cuenta y todos están en uso. Elimina los antiguos en el panel de Stripe (Desarrolladores → Webhooks) y vuelve a conectar.</translation>
    </message>
    <message>
        <source>Connected: Stripe sends sales to %1.</source>
        <translation>Conectado: Stripe envía las ventas a %1.</translation>
    </message>
    <message>
        <source>Updated: Stripe sends sales to %1.</source>
        <translation>Actualizado: Stripe envía las ventas a %1.</translation>
    </message>
</context>
<context>
    <name>Dewey::FixedUrlTunnel</name>
    <message>
        <source>Your own address</source>
        <translation>Tu propia dirección</translation>
    </message>
    <message>
        <source>Enter your public address in Settings → Stripe (for example https://alerts.example.com).</source>
        <translation>Introduce tu dirección pública en Ajustes → Stripe (por ejemplo, https://alerts.example.com).</translation>
    </message>
    <message>
        <source>Using %1; it must forward to 127.0.0.1:%2.</source>
        <translation>Se usa %1; debe reenviar a 127.0.0.1:%2.</translation>
    </message>
</context>
<context>
    <name>Dewey::GeneralSection</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Start Dewey when I &amp;log in</source>
        <translation>Iniciar Dewey al iniciar &amp;sesión</translation>
    </message>
    <message>
        <source>Start in the &amp;tray, without the window</source>
        <translation>Iniciar en la &amp;bandeja, sin la ventana</translation>
    </message>
    <message>
        <source>Notify me of &amp;sales while the window is hidden</source>
        <translation>Avisar&amp;me de las ventas mientras la ventana está oculta</translation>
    </message>
    <message>
        <source>Start Dewey when I log in</source>
        <translation>Iniciar Dewey al iniciar sesión</translation>
    </message>
    <message>
        <source>Start in the tray</source>
        <translation>Iniciar en la bandeja</translation>
    </message>
    <message>
        <source>Sale notifications</source>
        <translation>Notificaciones de ventas</translation>
    </message>
    <message>
        <source>Desktop notifications can show up in a screen capture.</source>
        <translation>Las notificaciones del escritorio pueden aparecer en una captura de pantalla.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Inicio al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Dewey::HttpListener</name>
    <message>
        <source>Port %1 on %2 is already in use by another program (or another copy of Dewey). Close that program or choose another port.</source>
        <translation>El puerto %1 en %2 ya lo usa otro programa (u otra copia de Dewey). Cierra ese programa o elige otro puerto.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>No se pudo escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Could not start the HTTP server on %1 port %2.</source>
        <translation>No se pudo iniciar el servidor HTTP en %1, puerto %2.</translation>
    </message>
</context>
<context>
    <name>Dewey::KeychainSecretBackend</name>
    <message>
        <source>The system keychain answered: %1</source>
        <translation>El llavero del sistema respondió: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::KeyringBanner</name>
    <message>
        <source>Keep for this session only</source>
        <translation>Guardar solo durante esta sesión</translation>
    </message>
    <message>
        <source>Store in a file in the data folder (readable by anyone with access to your account)</source>
        <translation>Guardar en un archivo de la carpeta de datos (legible por cualquiera con acceso a tu cuenta)</translation>
    </message>
    <message>
        <source>No system keyring</source>
        <translation>No hay llavero del sistema</translation>
    </message>
    <message>
        <source>Nothing is written to disk. You paste your keys again after restarting Dewey. Dewey uses the system keyring as soon as one is available.</source>
        <translation>No se escribe nada en el disco. Tendrás que volver a pegar tus claves tras reiniciar Dewey. Dewey usará el llavero del sistema en cuanto haya uno disponible.</translation>
    </message>
    <message>
        <source>Keys are written unencrypted to a file only your user account can open.</source>
        <translation>Las claves se escriben sin cifrar en un archivo que solo tu cuenta de usuario puede abrir.</translation>
    </message>
    <message>
        <source>Store secrets in a file?</source>
        <translation>¿Guardar los secretos en un archivo?</translation>
    </message>
    <message>
        <source>Your API keys will be written, unencrypted, to secrets.json in the data folder. Anyone who can open files of your user account (or a backup of them) can read them. Keep them for this session only if you are unsure.</source>
        <translation>Tus claves de API se escribirán, sin cifrar, en secrets.json en la carpeta de datos. Cualquiera que pueda abrir archivos de tu cuenta de usuario (o una copia de seguridad de ellos) podrá leerlas. Si tienes dudas, guárdalas solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Store in a file</source>
        <translation>Guardar en un archivo</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets are stored in a file in the data folder.</source>
        <translation>No se encontró ningún llavero del sistema, así que los secretos se guardan en un archivo de la carpeta de datos.</translation>
    </message>
    <message>
        <source>No system keyring was found, so secrets are kept for this session only.</source>
        <translation>No se encontró ningún llavero del sistema, así que los secretos se guardan solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Could not change where secrets are kept: %1</source>
        <translation>No se pudo cambiar dónde se guardan los secretos: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::LiveAlertPreview</name>
    <message>
        <source>Alert preview</source>
        <translation>Vista previa de la alerta</translation>
    </message>
    <message>
        <source>preview in the Alerts area</source>
        <translation>vista previa en el área Alertas</translation>
    </message>
    <message>
        <source>Live preview — on screen now, as your viewers see it:</source>
        <translation>Vista previa en directo: en pantalla ahora, tal como la ven tus espectadores:</translation>
    </message>
    <message>
        <source>Live preview — alerts are paused. Up next when you resume:</source>
        <translation>Vista previa en directo: las alertas están en pausa. La siguiente, cuando las reanudes:</translation>
    </message>
    <message>
        <source>Live preview — alerts appear here as your viewers see them. Up next:</source>
        <translation>Vista previa en directo: las alertas aparecen aquí tal como las ven tus espectadores. La siguiente:</translation>
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
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Chat with Dewey about your notes (Ctrl+1)</source>
        <translation>Chatea con Dewey sobre tus notas (Ctrl+1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Overlay for OBS, webhooks and recent sales (Ctrl+2)</source>
        <translation>Overlay para OBS, webhooks y ventas recientes (Ctrl+2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Appearance, servers and secrets (Ctrl+3)</source>
        <translation>Apariencia, servidores y claves (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit Dewey</source>
        <translation>&amp;Salir de Dewey</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dewey</source>
        <translation>&amp;Dewey</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Setup guide…</source>
        <translation>&amp;Guía de configuración…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;About Dewey</source>
        <translation>A&amp;cerca de Dewey</translation>
    </message>
    <message>
        <source>Dewey is still running</source>
        <translation>Dewey sigue en marcha</translation>
    </message>
    <message>
        <source>Dewey keeps showing sale alerts while its window is closed. Open it again from the tray icon; quit from the tray menu.</source>
        <translation>Dewey sigue mostrando alertas de ventas con la ventana cerrada. Vuelve a abrirla desde el icono de la bandeja; para salir, usa el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Test alert</source>
        <translation>Alerta de prueba</translation>
    </message>
    <message>
        <source>Dewey could not queue the test alert: %1</source>
        <translation>Dewey no pudo poner en cola la alerta de prueba: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Dewey could not open a file manager. The data folder is:
%1</source>
        <translation>Dewey no pudo abrir un gestor de archivos. La carpeta de datos es:
%1</translation>
    </message>
</context>
<context>
    <name>Dewey::NgrokTunnel</name>
    <message>
        <source>ngrok needs your account&apos;s authtoken. Sign up at ngrok.com, then run &quot;ngrok config add-authtoken &lt;your token&gt;&quot; once in a terminal.</source>
        <translation>ngrok necesita el authtoken de tu cuenta. Regístrate en ngrok.com y ejecuta una vez &quot;ngrok config add-authtoken &lt;tu token&gt;&quot; en un terminal.</translation>
    </message>
    <message>
        <source>ngrok is already running somewhere else with your account, and free accounts allow only one. Close the other ngrok, then restart the tunnel.</source>
        <translation>ngrok ya se está ejecutando en otro lugar con tu cuenta y las cuentas gratuitas solo permiten uno. Cierra el otro ngrok y reinicia el túnel.</translation>
    </message>
    <message>
        <source>ngrok&apos;s agent API at %1 lists %2</source>
        <translation>La API del agente de ngrok en %1 indica %2</translation>
    </message>
</context>
<context>
    <name>Dewey::NoteRetriever</name>
    <message>
        <source>Finding notes by their words only: %1</source>
        <translation>Buscando notas solo por sus palabras: %1</translation>
    </message>
    <message>
        <source>Finding notes by their words only for now: %1 Dewey will try again.</source>
        <translation>Buscando notas solo por sus palabras por ahora: %1 Dewey lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Finding notes by their words only: no note has been indexed by meaning yet.</source>
        <translation>Buscando notas solo por sus palabras: todavía no se ha indexado ninguna nota por significado.</translation>
    </message>
    <message>
        <source>Finding notes by words and meaning.</source>
        <translation>Buscando notas por palabras y significado.</translation>
    </message>
    <message>
        <source>Finding notes by meaning took too long, so these were found by their words only.</source>
        <translation>La búsqueda por significado tardó demasiado, así que estas notas se encontraron solo por sus palabras.</translation>
    </message>
    <message>
        <source>These notes were found by their words only: %1</source>
        <translation>Estas notas se encontraron solo por sus palabras: %1</translation>
    </message>
    <message numerus="yes">
        <source>Finding notes by words and meaning (%1 of %n note(s) ready).</source>
        <translation>
            <numerusform>Buscando notas por palabras y significado (%1 de %n nota lista).</numerusform>
            <numerusform>Buscando notas por palabras y significado (%1 de %n notas listas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesListModel</name>
    <message>
        <source>Saved %1</source>
        <translation>Guardada %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>editada %1</translation>
    </message>
</context>
<context>
    <name>Dewey::NotesPanel</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Nota borrada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Notas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Text of a new note</source>
        <translation>Texto de una nota nueva</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Añadir la nota</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Editar la nota seleccionada</translation>
    </message>
    <message>
        <source>Edit the selected note (F2 or double-click)</source>
        <translation>Editar la nota seleccionada (F2 o doble clic)</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Borrar la nota seleccionada</translation>
    </message>
    <message>
        <source>Import notes from a Markdown or JSON Lines file</source>
        <translation>Importar notas desde un archivo Markdown o JSON Lines</translation>
    </message>
    <message>
        <source>Export all notes to a Markdown or JSON Lines file</source>
        <translation>Exportar todas las notas a un archivo Markdown o JSON Lines</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>Deshacer borrar la nota</translation>
    </message>
    <message>
        <source>Notes status</source>
        <translation>Estado de las notas</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Notes (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;All files (*)</source>
        <translation>Notas (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Dewey reads .jsonl and .md files; %1 is neither.</source>
        <translation>Dewey lee archivos .jsonl y .md; %1 no es ninguno de los dos.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>Se importó %n nota</numerusform>
            <numerusform>Se importaron %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, se omitió %n duplicada</numerusform>
            <numerusform>, se omitieron %n duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>, %n entrada ilegible</numerusform>
            <numerusform>, %n entradas ilegibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;Markdown (*.md)</source>
        <translation>JSON Lines (*.jsonl);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a name ending in .jsonl or .md.</source>
        <translation>Elige un nombre que termine en .jsonl o .md.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n nota a %1.</numerusform>
            <numerusform>Se exportaron %n notas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::NotesRepository</name>
    <message>
        <source>The notes database is not open.</source>
        <translation>La base de datos de notas no está abierta.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Una nota no puede estar vacía.</translation>
    </message>
    <message>
        <source>A note can be at most %1 characters long.</source>
        <translation>Una nota puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>No se pudo guardar la nota: %1</translation>
    </message>
    <message>
        <source>The note could not be changed: %1</source>
        <translation>No se pudo cambiar la nota: %1</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>No existe la nota %1.</translation>
    </message>
    <message>
        <source>A note cannot be empty; delete it instead.</source>
        <translation>Una nota no puede estar vacía; bórrala en su lugar.</translation>
    </message>
    <message>
        <source>There is no deleted note %1 to restore.</source>
        <translation>No hay ninguna nota borrada %1 que restaurar.</translation>
    </message>
    <message>
        <source>Undo adding the note</source>
        <translation>Deshacer añadir la nota</translation>
    </message>
    <message>
        <source>Undo the edit</source>
        <translation>Deshacer la edición</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>Deshacer borrar la nota</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>The note that was edited no longer exists.</source>
        <translation>La nota que se editó ya no existe.</translation>
    </message>
    <message>
        <source>The notes could not be imported: %1</source>
        <translation>No se pudieron importar las notas: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::OpenAiEmbedder</name>
    <message>
        <source>The OpenAI base URL &quot;%1&quot; is not a valid address.</source>
        <translation>La URL base de OpenAI «%1» no es una dirección válida.</translation>
    </message>
    <message>
        <source>No OpenAI API key is set, so notes are found by their words only. Add a key in Settings to also find notes by meaning.</source>
        <translation>No hay ninguna clave de API de OpenAI, así que las notas se buscan solo por sus palabras. Añade una clave en Ajustes para buscarlas también por significado.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the OpenAI API key (HTTP %2). Check the key in Settings.</source>
        <translation>%1 rechazó la clave de API de OpenAI (HTTP %2). Revisa la clave en Ajustes.</translation>
    </message>
    <message>
        <source>%1 is limiting requests: %2</source>
        <translation>%1 está limitando las solicitudes: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 sent embeddings Dewey cannot use: %2</source>
        <translation>%1 envió embeddings que Dewey no puede usar: %2</translation>
    </message>
    <message>
        <source>%1 vectors for %2 texts</source>
        <translation>%1 vectores para %2 textos</translation>
    </message>
    <message>
        <source>the vector positions do not match the texts</source>
        <translation>las posiciones de los vectores no coinciden con los textos</translation>
    </message>
    <message>
        <source>vectors of %1 numbers instead of %2; set the embedding size to %1, or choose a model that supports %2</source>
        <translation>vectores de %1 números en lugar de %2; pon el tamaño de embedding en %1 o elige un modelo que admita %2</translation>
    </message>
    <message>
        <source>a vector of zeros</source>
        <translation>un vector de ceros</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayLanMode</name>
    <message>
        <source>Second-PC mode found no local network address on this PC. Enter one in Settings.</source>
        <translation>El modo de segundo PC no encontró ninguna dirección de red local en este PC. Introduce una en Ajustes.</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayServer</name>
    <message>
        <source>Port %1 on %2 is already in use by another program (or another copy of Dewey). Close that program or choose another port.</source>
        <translation>El puerto %1 en %2 ya lo usa otro programa (u otra copia de Dewey). Cierra ese programa o elige otro puerto.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>No se pudo escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Could not start the HTTP server on %1 port %2.</source>
        <translation>No se pudo iniciar el servidor HTTP en %1, puerto %2.</translation>
    </message>
    <message>
        <source>The overlay server is not running.</source>
        <translation>El servidor del overlay no está en marcha.</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayWindow</name>
    <message>
        <source>Dewey overlay</source>
        <translation>Overlay de Dewey</translation>
    </message>
</context>
<context>
    <name>Dewey::OverlayWindowController</name>
    <message>
        <source>native overlay window</source>
        <translation>ventana nativa del overlay</translation>
    </message>
</context>
<context>
    <name>Dewey::ProcessTunnel</name>
    <message>
        <source>%1 did not report that it was ready within %2 seconds.</source>
        <translation>%1 no avisó de que estaba listo en %2 segundos.</translation>
    </message>
    <message>
        <source>%1 did not stop when asked; ending it.</source>
        <translation>%1 no se detuvo al pedírselo; se está finalizando.</translation>
    </message>
    <message>
        <source>%1 was not found. Install it (see &quot;Stripe setup&quot; in the README), or choose where the program is in Settings → Stripe.</source>
        <translation>No se encontró %1. Instálalo (consulta «Stripe setup» en el README) o indica dónde está el programa en Ajustes → Stripe.</translation>
    </message>
    <message>
        <source>The program chosen for %1 in Settings → Stripe (%2) is not there or cannot be run.</source>
        <translation>El programa elegido para %1 en Ajustes → Stripe (%2) no existe o no se puede ejecutar.</translation>
    </message>
    <message>
        <source>Starting %1: %2 %3</source>
        <translation>Iniciando %1: %2 %3</translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation>Deteniendo %1.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 se bloqueó.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2).</source>
        <translation>%1 se detuvo inesperadamente (código de salida %2).</translation>
    </message>
    <message>
        <source>%1 ended before it was ready (exit code %2).</source>
        <translation>%1 terminó antes de estar listo (código de salida %2).</translation>
    </message>
    <message>
        <source>Its last line: %1</source>
        <translation>Su última línea: %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
</context>
<context>
    <name>Dewey::SaleNotifier</name>
    <message>
        <source>New sale: %1</source>
        <translation>Nueva venta: %1</translation>
    </message>
    <message>
        <source>%1 bought from your store.</source>
        <translation>%1 compró en tu tienda.</translation>
    </message>
    <message>
        <source>%1 bought %2.</source>
        <translation>%1 compró %2.</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesHistoryModel</name>
    <message>
        <source>Not alerted</source>
        <translation>Sin alerta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Alerted</source>
        <translation>Alerta mostrada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <source>(items unknown)</source>
        <translation>(artículos desconocidos)</translation>
    </message>
    <message>
        <source>%1, refunded</source>
        <translation>%1, reembolsada</translation>
    </message>
    <message>
        <source>%1, disputed</source>
        <translation>%1, en disputa</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>A test-mode purchase: no real money was paid</source>
        <translation>Una compra en modo de prueba: no se pagó dinero real</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesHistoryPanel</name>
    <message>
        <source>Show sales from</source>
        <translation>Mostrar ventas de</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This stream session</source>
        <translation>Esta sesión de directo</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>Todas las ventas</translation>
    </message>
    <message>
        <source>Start new session</source>
        <translation>Empezar una sesión nueva</translation>
    </message>
    <message>
        <source>Start counting this stream&apos;s totals from now</source>
        <translation>Empieza a contar desde ahora los totales de este directo</translation>
    </message>
    <message>
        <source>Sales history</source>
        <translation>Historial de ventas</translation>
    </message>
    <message>
        <source>No sales in this period. When someone buys from your store, the sale appears here and as an alert on stream.</source>
        <translation>No hay ventas en este periodo. Cuando alguien compre en tu tienda, la venta aparecerá aquí y como alerta en el directo.</translation>
    </message>
    <message>
        <source>&amp;Replay alert</source>
        <translation>&amp;Repetir alerta</translation>
    </message>
    <message>
        <source>Show the selected sale&apos;s alert on stream again</source>
        <translation>Vuelve a mostrar en el directo la alerta de la venta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the sales shown as a spreadsheet file</source>
        <translation>Guarda las ventas mostradas como un archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>New stream session started.</source>
        <translation>Nueva sesión de directo iniciada.</translation>
    </message>
    <message>
        <source>Select a sale to replay its alert.</source>
        <translation>Selecciona una venta para repetir su alerta.</translation>
    </message>
    <message>
        <source>Could not replay the alert: %1</source>
        <translation>No se pudo repetir la alerta: %1</translation>
    </message>
    <message>
        <source>Alert for %1 queued again.</source>
        <translation>La alerta de %1 está otra vez en la cola.</translation>
    </message>
    <message>
        <source>Totals unavailable: %1</source>
        <translation>Totales no disponibles: %1</translation>
    </message>
    <message>
        <source>dewey-sales-%1.csv</source>
        <translation>dewey-ventas-%1.csv</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>Exportar ventas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1 (sales: %2).</source>
        <translation>Exportado a %1 (ventas: %2).</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Ventas: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::SalesLedger</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The sales ledger could not be written: %1</source>
        <translation>No se pudo escribir el registro de ventas: %1</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretField</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Mostrar lo que escribiste</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>Forget the stored %1</source>
        <translation>Olvidar el valor guardado de %1</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Clear %1?</source>
        <translation>¿Borrar %1?</translation>
    </message>
    <message>
        <source>Dewey will forget the %1. You can paste it again at any time.</source>
        <translation>Dewey olvidará «%1». Puedes volver a pegarlo cuando quieras.</translation>
    </message>
    <message>
        <source>Set by environment variable %1</source>
        <translation>Definido por la variable de entorno %1</translation>
    </message>
    <message>
        <source>Set by environment variable %1. Change it there; it is not stored by Dewey.</source>
        <translation>Definido por la variable de entorno %1. Cámbialo allí; Dewey no lo guarda.</translation>
    </message>
    <message>
        <source>Saved. Paste a new one to replace it</source>
        <translation>Guardado. Pega uno nuevo para reemplazarlo</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Pégalo aquí</translation>
    </message>
    <message>
        <source>Reading stored secrets…</source>
        <translation>Leyendo los secretos guardados…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Set. Stored in your system keyring.</source>
        <translation>Configurado. Guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Not set. What you save here is stored in your system keyring.</source>
        <translation>Sin configurar. Lo que guardes aquí se almacena en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Set for this session only: Dewey forgets it when it quits.</source>
        <translation>Configurado solo para esta sesión: Dewey lo olvida al salir.</translation>
    </message>
    <message>
        <source>Not set. What you save here is kept for this session only.</source>
        <translation>Sin configurar. Lo que guardes aquí se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Set. Stored in a file in the data folder.</source>
        <translation>Configurado. Guardado en un archivo de la carpeta de datos.</translation>
    </message>
    <message>
        <source>Not set. What you save here is stored in a file in the data folder.</source>
        <translation>Sin configurar. Lo que guardes aquí se almacena en un archivo de la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretId</name>
    <message>
        <source>OpenAI API key</source>
        <translation>Clave de API de OpenAI</translation>
    </message>
    <message>
        <source>Stripe secret key</source>
        <translation>Clave secreta de Stripe</translation>
    </message>
    <message>
        <source>Stripe webhook signing secret</source>
        <translation>Secreto de firma de webhooks de Stripe</translation>
    </message>
    <message>
        <source>Previous Stripe webhook signing secret</source>
        <translation>Secreto de firma de webhooks de Stripe anterior</translation>
    </message>
</context>
<context>
    <name>Dewey::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dewey::SecretsSection</name>
    <message>
        <source>Secrets</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Dewey keeps these keys on this computer and sends them only to the service they belong to. The Stripe keys come from the Developers section of your Stripe dashboard.</source>
        <translation>Dewey guarda estas claves en este ordenador y solo las envía al servicio al que pertenecen. Las claves de Stripe están en la sección Desarrolladores de tu panel de Stripe.</translation>
    </message>
</context>
<context>
    <name>Dewey::ServersSection</name>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Overlay port</source>
        <translation>Puerto del overlay</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Puerto del webhook</translation>
    </message>
    <message>
        <source>&amp;Regenerate overlay URL…</source>
        <translation>&amp;Regenerar la URL del overlay…</translation>
    </message>
    <message>
        <source>The port OBS loads the overlay page from. Default: %1.</source>
        <translation>El puerto desde el que OBS carga la página del overlay. Predeterminado: %1.</translation>
    </message>
    <message>
        <source>The port Stripe&apos;s notifications arrive on through the tunnel. Default: %1.</source>
        <translation>El puerto por el que llegan las notificaciones de Stripe a través del túnel. Predeterminado: %1.</translation>
    </message>
    <message>
        <source>Regenerate overlay URL</source>
        <translation>Regenerar la URL del overlay</translation>
    </message>
    <message>
        <source>Makes a new secret overlay URL. Use it if the old one was shown on stream.</source>
        <translation>Crea una nueva URL secreta del overlay. Úsalo si la anterior se vio en el directo.</translation>
    </message>
    <message>
        <source>&amp;Overlay port:</source>
        <translation>Puerto del &amp;overlay:</translation>
    </message>
    <message>
        <source>&amp;Webhook port:</source>
        <translation>Puerto del &amp;webhook:</translation>
    </message>
    <message>
        <source>Port changes apply after Dewey restarts.</source>
        <translation>Los cambios de puerto se aplican cuando Dewey se reinicia.</translation>
    </message>
    <message>
        <source>The overlay URL contains a secret token, so only OBS on this computer can show your alerts. After regenerating it, paste the new URL into OBS.</source>
        <translation>La URL del overlay contiene un token secreto, así que solo OBS en este ordenador puede mostrar tus alertas. Después de regenerarla, pega la nueva URL en OBS.</translation>
    </message>
    <message>
        <source>Overlay URL token:</source>
        <translation>Token de la URL del overlay:</translation>
    </message>
    <message>
        <source>The overlay and webhook ports must be different.</source>
        <translation>Los puertos del overlay y del webhook deben ser distintos.</translation>
    </message>
    <message>
        <source>Saved. The new ports are used after Dewey restarts.</source>
        <translation>Guardado. Los nuevos puertos se usan cuando Dewey se reinicia.</translation>
    </message>
    <message>
        <source>New overlay URL made. Copy it from the Alerts area into OBS.</source>
        <translation>Nueva URL del overlay creada. Cópiala desde el área Alertas a OBS.</translation>
    </message>
</context>
<context>
    <name>Dewey::Settings</name>
    <message>
        <source>%1 is not a port number; choose one from 1 to 65535.</source>
        <translation>%1 no es un número de puerto; elige uno entre 1 y 65535.</translation>
    </message>
    <message>
        <source>%1 is out of range; choose a value from %2 to %3.</source>
        <translation>%1 está fuera de rango; elige un valor entre %2 y %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«%1» no es una dirección IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language name such as &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>«%1» no es un nombre de idioma como «de» o «pt_BR».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a theme name (lowercase letters, digits and dashes).</source>
        <translation>«%1» no es un nombre de tema (letras minúsculas, dígitos y guiones).</translation>
    </message>
    <message>
        <source>Dewey cannot read or write its settings file %1. Check the permissions of the file and of its folder; until then, changes are not saved.</source>
        <translation>Dewey no puede leer ni escribir su archivo de ajustes %1. Revisa los permisos del archivo y de su carpeta; hasta entonces, los cambios no se guardan.</translation>
    </message>
    <message>
        <source>The settings file %1 is not in a format Dewey can read; Dewey uses the defaults. Fix or delete the file.</source>
        <translation>El archivo de ajustes %1 no tiene un formato que Dewey pueda leer; Dewey usa los valores predeterminados. Corrige o borra el archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a URL such as %2 or http://localhost:11434/v1.</source>
        <translation>«%1» no es una dirección de servidor. Usa una URL como %2 o http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>A model name is one line, such as %1.</source>
        <translation>Un nombre de modelo es una sola línea, como %1.</translation>
    </message>
    <message>
        <source>The temperature goes from 0 to 2.</source>
        <translation>La temperatura va de 0 a 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular expression Dewey can use: %2</source>
        <translation>«%1» no es una expresión regular que Dewey pueda usar: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it starts with https://).</source>
        <translation>«%1» no es una dirección web (empieza por https://).</translation>
    </message>
</context>
<context>
    <name>Dewey::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
</context>
<context>
    <name>Dewey::SetupGuide</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>&amp;Skip setup</source>
        <translation>Omi&amp;tir configuración</translation>
    </message>
    <message>
        <source>Set up Dewey</source>
        <translation>Configurar Dewey</translation>
    </message>
    <message>
        <source>Setup guide</source>
        <translation>Guía de configuración</translation>
    </message>
    <message>
        <source>Close the guide. Help → Setup guide opens it again.</source>
        <translation>Cierra la guía. Ayuda → Guía de configuración la vuelve a abrir.</translation>
    </message>
    <message>
        <source>Overlay URL</source>
        <translation>URL del overlay</translation>
    </message>
    <message>
        <source>The overlay server is not running; see the Alerts area</source>
        <translation>El servidor del overlay no está en marcha; consulta el área Alertas</translation>
    </message>
    <message>
        <source>Overlay &amp;URL:</source>
        <translation>URL del &amp;overlay:</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Copy the overlay URL.&lt;/li&gt;&lt;li&gt;In OBS, add a source to your scene: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Browser&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the URL into the &lt;b&gt;URL&lt;/b&gt; field, set &lt;b&gt;Width&lt;/b&gt; to 1920 and &lt;b&gt;Height&lt;/b&gt; to 1080, and click &lt;b&gt;OK&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Copia la URL del overlay.&lt;/li&gt;&lt;li&gt;En OBS, añade una fuente a tu escena: &lt;b&gt;+&lt;/b&gt; → &lt;b&gt;Navegador&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Pega la URL en el campo &lt;b&gt;URL&lt;/b&gt;, pon &lt;b&gt;Ancho&lt;/b&gt; en 1920 y &lt;b&gt;Alto&lt;/b&gt; en 1080, y haz clic en &lt;b&gt;Aceptar&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Show sale alerts in OBS</source>
        <translation>Mostrar alertas de ventas en OBS</translation>
    </message>
    <message>
        <source>Alerts appear on a transparent page that OBS shows over your scene.</source>
        <translation>Las alertas aparecen en una página transparente que OBS muestra sobre tu escena.</translation>
    </message>
    <message>
        <source>Connect Stripe</source>
        <translation>Conectar Stripe</translation>
    </message>
    <message>
        <source>Meet Dewey, your notes assistant</source>
        <translation>Te presentamos a Dewey, tu asistente de notas</translation>
    </message>
    <message>
        <source>Dewey remembers small facts you tell it and answers questions about them. It uses the OpenAI API with your own key, which you can create at platform.openai.com. This step is optional: you can add the key later in Settings → Secrets.</source>
        <translation>Dewey recuerda los pequeños datos que le cuentas y responde preguntas sobre ellos. Usa la API de OpenAI con tu propia clave, que puedes crear en platform.openai.com. Este paso es opcional: puedes añadir la clave más tarde en Ajustes → Claves.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In your Stripe dashboard, open &lt;b&gt;Developers → API keys&lt;/b&gt; and copy the &lt;b&gt;secret key&lt;/b&gt;. Paste it in &lt;b&gt;Settings → Secrets&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Settings → Stripe&lt;/b&gt;, choose the &lt;b&gt;tunnel&lt;/b&gt; that carries Stripe&apos;s sale notifications to this computer (the Stripe CLI, cloudflared or ngrok).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Connect Stripe&lt;/b&gt;. Dewey registers the tunnel&apos;s address with Stripe and keeps the signing secret itself; with the Stripe CLI there is nothing to connect.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En el panel de Stripe, abre &lt;b&gt;Desarrolladores → Claves de API&lt;/b&gt; y copia la &lt;b&gt;clave secreta&lt;/b&gt;. Pégala en &lt;b&gt;Ajustes → Claves&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;En &lt;b&gt;Ajustes → Stripe&lt;/b&gt;, elige el &lt;b&gt;túnel&lt;/b&gt; que trae los avisos de venta de Stripe a este ordenador (Stripe CLI, cloudflared o ngrok).&lt;/li&gt;&lt;li&gt;Haz clic en &lt;b&gt;Conectar Stripe&lt;/b&gt;. Dewey registra la dirección del túnel en Stripe y guarda él mismo el secreto de firma; con Stripe CLI no hay nada que conectar.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open Settings → &amp;Stripe</source>
        <translation>Abrir Ajustes → &amp;Stripe</translation>
    </message>
    <message>
        <source>Dewey hears about sales from Stripe. This step is optional: without a tunnel, Dewey still finds every sale by asking Stripe every few minutes, so alerts come a little late.</source>
        <translation>Dewey se entera de las ventas a través de Stripe. Este paso es opcional: sin túnel, Dewey encuentra igualmente cada venta preguntando a Stripe cada pocos minutos, así que las alertas llegan un poco más tarde.</translation>
    </message>
</context>
<context>
    <name>Dewey::SingleInstance</name>
    <message>
        <source>Could not open the local channel %1: %2</source>
        <translation>No se pudo abrir el canal local %1: %2</translation>
    </message>
    <message>
        <source>Could not create the lock file in %1. Check that the data folder is writable.</source>
        <translation>No se pudo crear el archivo de bloqueo en %1. Comprueba que se pueda escribir en la carpeta de datos.</translation>
    </message>
    <message>
        <source>Another Dewey is running with this data folder but does not answer. If it is stuck, end it (or wait a moment) and try again.</source>
        <translation>Hay otro Dewey en marcha con esta carpeta de datos, pero no responde. Si está bloqueado, ciérralo (o espera un momento) y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Dewey::StatusBarController</name>
    <message>
        <source>Alert pause</source>
        <translation>Pausa de alertas</translation>
    </message>
    <message>
        <source>Sale alerts are paused: new sales are recorded but not shown on stream. Resume them from the tray menu.</source>
        <translation>Las alertas de ventas están en pausa: las nuevas ventas se registran, pero no se muestran en el directo. Reanúdalas desde el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Overlay server</source>
        <translation>Servidor del overlay</translation>
    </message>
    <message>
        <source>The local server OBS loads the alert overlay from, and how many overlay pages (Browser Sources) are connected right now.</source>
        <translation>El servidor local desde el que OBS carga el overlay de alertas y cuántas páginas de overlay (fuentes de navegador) están conectadas ahora mismo.</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Receptor de webhooks</translation>
    </message>
    <message>
        <source>The local port that receives sale notifications from Stripe through a tunnel.</source>
        <translation>El puerto local que recibe las notificaciones de ventas de Stripe a través de un túnel.</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Túnel</translation>
    </message>
    <message>
        <source>The tunnel that forwards Stripe&apos;s notifications to this computer.</source>
        <translation>El túnel que reenvía las notificaciones de Stripe a este ordenador.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Dewey, the notes assistant, needs an OpenAI API key. Set it in Settings → Secrets.</source>
        <translation>Dewey, el asistente de notas, necesita una clave de API de OpenAI. Configúrala en Ajustes → Claves.</translation>
    </message>
    <message>
        <source>Tunnel: %1</source>
        <translation>Túnel: %1</translation>
    </message>
    <message>
        <source>Overlay: not running</source>
        <translation>Overlay: detenido</translation>
    </message>
    <message numerus="yes">
        <source>Overlay: 127.0.0.1:%1 · %n connected</source>
        <translation>
            <numerusform>Overlay: 127.0.0.1:%1 · %n conectado</numerusform>
            <numerusform>Overlay: 127.0.0.1:%1 · %n conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks: listening on %1</source>
        <translation>Webhooks: escuchando en %1</translation>
    </message>
    <message>
        <source>Webhooks: not running</source>
        <translation>Webhooks: detenido</translation>
    </message>
    <message>
        <source>OpenAI: error: %1</source>
        <translation>OpenAI: error: %1</translation>
    </message>
    <message>
        <source>OpenAI: reading key…</source>
        <translation>OpenAI: leyendo la clave…</translation>
    </message>
    <message>
        <source>OpenAI: key set</source>
        <translation>OpenAI: clave configurada</translation>
    </message>
    <message>
        <source>OpenAI: key not set</source>
        <translation>OpenAI: falta la clave</translation>
    </message>
    <message>
        <source>Alerts paused</source>
        <translation>Alertas en pausa</translation>
    </message>
    <message>
        <source>key refused</source>
        <translation>clave rechazada</translation>
    </message>
    <message>
        <source>key not allowed to use this model</source>
        <translation>la clave no puede usar este modelo</translation>
    </message>
    <message>
        <source>model not found</source>
        <translation>modelo no encontrado</translation>
    </message>
    <message>
        <source>request rejected</source>
        <translation>solicitud rechazada</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>límite de solicitudes alcanzado</translation>
    </message>
    <message>
        <source>out of credit</source>
        <translation>sin crédito</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>cannot reach the server</source>
        <translation>no se puede contactar con el servidor</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>not an OpenAI server</source>
        <translation>no es un servidor de OpenAI</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>sin clave de API</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeApiClient</name>
    <message>
        <source>No Stripe secret key is set. Add it in Settings → Secrets.</source>
        <translation>No hay ninguna clave secreta de Stripe. Añádela en Ajustes → Claves.</translation>
    </message>
    <message>
        <source>Stripe (%1) did not answer within %2 seconds.</source>
        <translation>Stripe (%1) no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>Cannot reach Stripe at %1: %2</source>
        <translation>No se puede acceder a Stripe en %1: %2</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer could not be read (%1).</source>
        <translation>No se pudo leer la respuesta de Stripe (%1).</translation>
    </message>
    <message>
        <source>Stripe refused the secret key (HTTP 401)%1. Check the Stripe secret key in Settings → Secrets: it starts with sk_live_, sk_test_ or rk_.</source>
        <translation>Stripe rechazó la clave secreta (HTTP 401)%1. Revisa la clave secreta de Stripe en Ajustes → Claves: empieza por sk_live_, sk_test_ o rk_.</translation>
    </message>
    <message>
        <source>The Stripe key may not do this (HTTP 403)%1. A restricted key needs read access to Events and Checkout Sessions and write access to Webhook Endpoints.</source>
        <translation>La clave de Stripe no tiene permiso para esto (HTTP 403)%1. Una clave restringida necesita acceso de lectura a Events y Checkout Sessions y de escritura a Webhook Endpoints.</translation>
    </message>
    <message>
        <source>Stripe does not know this (HTTP 404)%1.</source>
        <translation>Stripe no reconoce esto (HTTP 404)%1.</translation>
    </message>
    <message>
        <source>Stripe is limiting requests (HTTP 429)%1. Dewey tries again later.</source>
        <translation>Stripe está limitando las solicitudes (HTTP 429)%1. Dewey lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Stripe had a problem (HTTP %1)%2. Dewey tries again later.</source>
        <translation>Stripe tuvo un problema (HTTP %1)%2. Dewey lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Stripe refused the request (HTTP %1)%2</source>
        <translation>Stripe rechazó la solicitud (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Stripe&apos;s list at %1 did not end after %2 pages.</source>
        <translation>La lista de Stripe en %1 no terminó tras %2 páginas.</translation>
    </message>
    <message>
        <source>Not a Checkout Session id: %1</source>
        <translation>No es un id de Checkout Session: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Stripe created the webhook endpoint but sent no id or signing secret.</source>
        <translation>Stripe creó el endpoint de webhook, pero no envió ningún id ni secreto de firma.</translation>
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
        <translation>No se encontró Stripe CLI (stripe). Instálalo desde stripe.com/docs/stripe-cli o indica dónde está stripe en Ajustes → Stripe.</translation>
    </message>
    <message>
        <source>The Stripe CLI is not logged in. Add your Stripe secret key in Settings → Secrets (Dewey hands it to the CLI), or run &quot;stripe login&quot; once in a terminal.</source>
        <translation>Stripe CLI no tiene la sesión iniciada. Añade tu clave secreta de Stripe en Ajustes → Claves (Dewey se la pasa a la CLI) o ejecuta una vez &quot;stripe login&quot; en un terminal.</translation>
    </message>
    <message>
        <source>Stripe refused the key the Stripe CLI used. Check the Stripe secret key in Settings → Secrets, or run &quot;stripe login&quot; again.</source>
        <translation>Stripe rechazó la clave que usó Stripe CLI. Revisa la clave secreta de Stripe en Ajustes → Claves o vuelve a ejecutar &quot;stripe login&quot;.</translation>
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
        <translation>Pro&amp;grama:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>Coma&amp;ndo:</translation>
    </message>
    <message>
        <source>&amp;URL pattern:</source>
        <translation>Patrón de UR&amp;L:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>&amp;Dirección pública:</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Dirección del webhook</translation>
    </message>
    <message>
        <source>&amp;Restart tunnel</source>
        <translation>R&amp;einiciar túnel</translation>
    </message>
    <message>
        <source>&amp;Connect Stripe</source>
        <translation>&amp;Conectar Stripe</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Desco&amp;nectar</translation>
    </message>
    <message>
        <source>Catch &amp;up now</source>
        <translation>Recuperar a&amp;hora</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Túnel</translation>
    </message>
    <message>
        <source>Tunnel program</source>
        <translation>Programa del túnel</translation>
    </message>
    <message>
        <source>Tunnel command</source>
        <translation>Comando del túnel</translation>
    </message>
    <message>
        <source>for example: lt --port {port}</source>
        <translation>por ejemplo: lt --port {port}</translation>
    </message>
    <message>
        <source>URL pattern</source>
        <translation>Patrón de URL</translation>
    </message>
    <message>
        <source>A regular expression that finds the public address in the command&apos;s output. Its first group in parentheses is used, or the whole match.</source>
        <translation>Una expresión regular que encuentra la dirección pública en la salida del comando. Se usa su primer grupo entre paréntesis o, si no hay, toda la coincidencia.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>https://alerts.example.com</source>
        <translation>https://alerts.example.com</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Mostrar &amp;registro</translation>
    </message>
    <message>
        <source>Registers the tunnel&apos;s address with your Stripe account, so Stripe sends each sale to Dewey. Needs your Stripe secret key (Settings → Secrets).</source>
        <translation>Registra la dirección del túnel en tu cuenta de Stripe para que Stripe envíe cada venta a Dewey. Necesita tu clave secreta de Stripe (Ajustes → Claves).</translation>
    </message>
    <message>
        <source>Removes the webhook endpoint Dewey registered in your Stripe account.</source>
        <translation>Elimina el endpoint de webhook que Dewey registró en tu cuenta de Stripe.</translation>
    </message>
    <message>
        <source>Catch-up interval</source>
        <translation>Intervalo de recuperación</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Alert on caught-up sales younger than</source>
        <translation>Alertar de ventas recuperadas con menos de</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Sales Dewey finds later (it was closed, or the tunnel was down) alert on stream only when they are this recent; older ones are just recorded.</source>
        <translation>Las ventas que Dewey encuentra más tarde (porque estaba cerrado o el túnel estaba caído) solo se muestran como alerta en el directo si son así de recientes; las más antiguas solo se registran.</translation>
    </message>
    <message>
        <source>Stripe tells Dewey about each sale through a tunnel to this computer. Without one, Dewey still finds new sales by asking Stripe every few minutes (catch-up).</source>
        <translation>Stripe avisa a Dewey de cada venta a través de un túnel hasta este ordenador. Sin túnel, Dewey encuentra igualmente las ventas nuevas preguntando a Stripe cada pocos minutos (recuperación).</translation>
    </message>
    <message>
        <source>&amp;Tunnel:</source>
        <translation>&amp;Túnel:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Webhook address:</source>
        <translation>Dirección del webhook:</translation>
    </message>
    <message>
        <source>Stripe account:</source>
        <translation>Cuenta de Stripe:</translation>
    </message>
    <message>
        <source>Catch up every:</source>
        <translation>Recuperar cada:</translation>
    </message>
    <message>
        <source>Alert on caught-up sales younger than:</source>
        <translation>Alertar de ventas recuperadas con menos de:</translation>
    </message>
    <message>
        <source>Hide &amp;log</source>
        <translation>Ocultar &amp;registro</translation>
    </message>
    <message>
        <source>No tunnel: nothing to install. Sales show up when Dewey next asks Stripe, so alerts can come a few minutes late.</source>
        <translation>Sin túnel: no hay nada que instalar. Las ventas aparecen cuando Dewey vuelve a preguntar a Stripe, así que las alertas pueden llegar con unos minutos de retraso.</translation>
    </message>
    <message>
        <source>Install the Stripe CLI. Dewey runs &quot;stripe listen&quot; with your Stripe secret key and uses its signing secret by itself; nothing to connect.</source>
        <translation>Instala Stripe CLI. Dewey ejecuta &quot;stripe listen&quot; con tu clave secreta de Stripe y usa su secreto de firma automáticamente; no hay nada que conectar.</translation>
    </message>
    <message>
        <source>Install cloudflared (free, no account). Dewey starts a quick tunnel; its address changes each time, and Dewey updates Stripe when you have connected.</source>
        <translation>Instala cloudflared (gratis, sin cuenta). Dewey inicia un túnel rápido; su dirección cambia cada vez y Dewey actualiza Stripe si lo has conectado.</translation>
    </message>
    <message>
        <source>Install ngrok and add your ngrok authtoken once (&quot;ngrok config add-authtoken …&quot;). Dewey starts it and reads the address from ngrok itself.</source>
        <translation>Instala ngrok y añade una vez tu authtoken de ngrok (&quot;ngrok config add-authtoken …&quot;). Dewey lo inicia y lee la dirección del propio ngrok.</translation>
    </message>
    <message>
        <source>Any tunnel program: Dewey runs the command, with {port} replaced by the webhook port, and finds the public address in its output.</source>
        <translation>Cualquier programa de túnel: Dewey ejecuta el comando, con {port} reemplazado por el puerto del webhook, y busca la dirección pública en su salida.</translation>
    </message>
    <message>
        <source>An address you run yourself (a reverse proxy or a named tunnel) that forwards to this computer&apos;s webhook port. Dewey adds /webhooks/stripe.</source>
        <translation>Una dirección que gestionas tú (un proxy inverso o un túnel con nombre) y que reenvía al puerto del webhook de este ordenador. Dewey añade /webhooks/stripe.</translation>
    </message>
    <message>
        <source>stripe, found on the PATH</source>
        <translation>stripe, encontrado en el PATH</translation>
    </message>
    <message>
        <source>cloudflared, found on the PATH</source>
        <translation>cloudflared, encontrado en el PATH</translation>
    </message>
    <message>
        <source>ngrok, found on the PATH</source>
        <translation>ngrok, encontrado en el PATH</translation>
    </message>
    <message>
        <source>Choose the tunnel program</source>
        <translation>Elige el programa del túnel</translation>
    </message>
    <message>
        <source>Not needed: the Stripe CLI forwards events itself</source>
        <translation>No hace falta: Stripe CLI reenvía los eventos por sí mismo</translation>
    </message>
    <message>
        <source>No public address yet</source>
        <translation>Aún no hay dirección pública</translation>
    </message>
    <message>
        <source>Re&amp;connect Stripe</source>
        <translation>Volver a &amp;conectar Stripe</translation>
    </message>
    <message>
        <source>Talking to Stripe…</source>
        <translation>Hablando con Stripe…</translation>
    </message>
    <message>
        <source>Add your Stripe secret key in Settings → Secrets to connect.</source>
        <translation>Añade tu clave secreta de Stripe en Ajustes → Claves para conectar.</translation>
    </message>
    <message>
        <source>The Stripe CLI forwards events itself: nothing to connect.</source>
        <translation>Stripe CLI reenvía los eventos por sí mismo: no hay nada que conectar.</translation>
    </message>
    <message>
        <source>Connected: Stripe sends sales to %1.</source>
        <translation>Conectado: Stripe envía las ventas a %1.</translation>
    </message>
    <message>
        <source>Choose a tunnel and wait until it has an address, then connect.</source>
        <translation>Elige un túnel, espera a que tenga dirección y luego conecta.</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>Todavía sin conectar.</translation>
    </message>
    <message>
        <source>Test mode: only test purchases reach Dewey; they are marked &quot;test&quot; in the sales history. Use a live key (sk_live_…) for real sales.</source>
        <translation>Modo de prueba: solo las compras de prueba llegan a Dewey; aparecen marcadas como &quot;prueba&quot; en el historial de ventas. Usa una clave live (sk_live_…) para ventas reales.</translation>
    </message>
    <message>
        <source>Live mode: real purchases from your store.</source>
        <translation>Modo live: compras reales de tu tienda.</translation>
    </message>
    <message>
        <source>This does not look like a Stripe secret key (sk_test_…, sk_live_… or rk_…).</source>
        <translation>Esto no parece una clave secreta de Stripe (sk_test_…, sk_live_… o rk_…).</translation>
    </message>
    <message>
        <source>Disconnect Stripe?</source>
        <translation>¿Desconectar Stripe?</translation>
    </message>
    <message>
        <source>Dewey removes the webhook endpoint it registered in your Stripe account. Sales then reach Dewey only through catch-up, every few minutes.</source>
        <translation>Dewey elimina el endpoint de webhook que registró en tu cuenta de Stripe. Después, las ventas solo llegan a Dewey mediante la recuperación, cada pocos minutos.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
</context>
<context>
    <name>Dewey::StripeWebhookIntake</name>
    <message>
        <source>The body is not a JSON object</source>
        <translation>El cuerpo no es un objeto JSON</translation>
    </message>
    <message>
        <source>No Stripe API client</source>
        <translation>No hay cliente de la API de Stripe</translation>
    </message>
    <message>
        <source>Line items cannot be fetched</source>
        <translation>No se pueden obtener los artículos</translation>
    </message>
</context>
<context>
    <name>Dewey::TierEditor</name>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>%1 (needs a fix)</source>
        <translation>%1 (necesita corrección)</translation>
    </message>
    <message>
        <source>Tiers, first match wins</source>
        <translation>Niveles (gana la primera coincidencia)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Añadi&amp;r</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>The first tier a sale matches gives its alert the tier&apos;s look; sales no tier matches use the default look.</source>
        <translation>El primer nivel que coincide con una venta le da su aspecto a la alerta; las ventas que no coinciden con ningún nivel usan el aspecto predeterminado.</translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation>Cualquier importe</translation>
    </message>
    <message>
        <source>Any currency (or e.g. USD)</source>
        <translation>Cualquier moneda (o p. ej. USD)</translation>
    </message>
    <message>
        <source>Any product (or part of a product name)</source>
        <translation>Cualquier producto (o parte del nombre de un producto)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Default sound (type &quot;none&quot; for silence)</source>
        <translation>Sonido predeterminado (escribe &quot;none&quot; para silencio)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>&amp;Como mínimo:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Product name contains:</source>
        <translation>El nombre del &amp;producto contiene:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation>&amp;Sonido:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>Esti&amp;lo:</translation>
    </message>
    <message>
        <source>Sa&amp;ve tiers</source>
        <translation>&amp;Guardar niveles</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Preview of a sale this tier matches:</source>
        <translation>Vista previa de una venta que coincide con este nivel:</translation>
    </message>
    <message>
        <source>The title uses %1, which is not a placeholder. Use %2.</source>
        <translation>El título usa %1, que no es un marcador. Usa %2.</translation>
    </message>
    <message>
        <source>The text uses %1, which is not a placeholder. Use %2.</source>
        <translation>El texto usa %1, que no es un marcador. Usa %2.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD, or empty for any.</source>
        <translation>La moneda debe ser un código de tres letras como USD, o vacía para cualquiera.</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>Nivel nuevo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>Sonido de la alerta</translation>
    </message>
    <message>
        <source>Sounds (*.ogg *.mp3 *.wav *.opus *.m4a)</source>
        <translation>Sonidos (*.ogg *.mp3 *.wav *.opus *.m4a)</translation>
    </message>
    <message>
        <source>&quot;gold&quot; gives big purchases golden accents and larger type</source>
        <translation>&quot;gold&quot; da a las compras grandes detalles dorados y letra más grande</translation>
    </message>
</context>
<context>
    <name>Dewey::TrayController</name>
    <message>
        <source>Show Dewey</source>
        <translation>Mostrar Dewey</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>Pausar alertas</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>Enviar alerta de prueba</translation>
    </message>
    <message>
        <source>Quit Dewey</source>
        <translation>Salir de Dewey</translation>
    </message>
    <message>
        <source>Shows a made-up sale on the overlay, to check OBS shows it</source>
        <translation>Muestra una venta inventada en el overlay para comprobar que OBS la muestra</translation>
    </message>
    <message>
        <source>Test alerts become available once the alert queue is running</source>
        <translation>Las alertas de prueba estarán disponibles cuando la cola de alertas esté en marcha</translation>
    </message>
    <message>
        <source>Hide Dewey</source>
        <translation>Ocultar Dewey</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>Reanudar alertas</translation>
    </message>
    <message>
        <source>Dewey — alerts paused</source>
        <translation>Dewey — alertas en pausa</translation>
    </message>
    <message>
        <source>Dewey</source>
        <translation>Dewey</translation>
    </message>
    <message>
        <source>Show overlay window</source>
        <translation>Mostrar ventana del overlay</translation>
    </message>
    <message>
        <source>An always-on-top window on your desktop that shows the alerts too</source>
        <translation>Una ventana siempre visible en tu escritorio que también muestra las alertas</translation>
    </message>
</context>
<context>
    <name>Dewey::TunnelLogView</name>
    <message>
        <source>Copy log</source>
        <translation>Copiar registro</translation>
    </message>
    <message>
        <source>Tunnel log</source>
        <translation>Registro del túnel</translation>
    </message>
    <message>
        <source>Nothing yet: the tunnel program&apos;s output appears here.</source>
        <translation>Aún nada: aquí aparece la salida del programa del túnel.</translation>
    </message>
    <message>
        <source>Copies the log, for example to ask for help. Secrets in it are masked.</source>
        <translation>Copia el registro, por ejemplo para pedir ayuda. Los secretos que contiene aparecen ocultos.</translation>
    </message>
</context>
<context>
    <name>Dewey::TunnelSupervisor</name>
    <message>
        <source>No tunnel: Dewey checks Stripe for new sales every few minutes instead.</source>
        <translation>Sin túnel: en su lugar, Dewey consulta a Stripe cada pocos minutos si hay ventas nuevas.</translation>
    </message>
    <message>
        <source>None (catch-up only)</source>
        <translation>Ninguno (solo recuperación)</translation>
    </message>
    <message>
        <source>Stripe CLI</source>
        <translation>Stripe CLI</translation>
    </message>
    <message>
        <source>cloudflared quick tunnel</source>
        <translation>Túnel rápido de cloudflared</translation>
    </message>
    <message>
        <source>ngrok</source>
        <translation>ngrok</translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation>Comando personalizado</translation>
    </message>
    <message>
        <source>My own public address</source>
        <translation>Mi propia dirección pública</translation>
    </message>
    <message>
        <source>Tunnel stopped.</source>
        <translation>Túnel detenido.</translation>
    </message>
    <message>
        <source>off (catch-up only)</source>
        <translation>desactivado (solo recuperación)</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 detenido</translation>
    </message>
    <message>
        <source>%1 starting…</source>
        <translation>%1 iniciándose…</translation>
    </message>
    <message>
        <source>%1 forwarding</source>
        <translation>%1 reenviando</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 conectado</translation>
    </message>
    <message>
        <source>%1 restarting</source>
        <translation>%1 reiniciándose</translation>
    </message>
    <message>
        <source>%1 needs attention</source>
        <translation>%1 necesita atención</translation>
    </message>
    <message>
        <source>No tunnel chosen: sales arrive through catch-up only.</source>
        <translation>No se eligió ningún túnel: las ventas llegan solo mediante recuperación.</translation>
    </message>
    <message>
        <source>The webhook receiver is not listening, so there is nothing to tunnel to.</source>
        <translation>El receptor de webhooks no está escuchando, así que no hay nada a lo que dirigir el túnel.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Iniciando %1…</translation>
    </message>
    <message>
        <source>%1 is forwarding Stripe&apos;s events to Dewey.</source>
        <translation>%1 está reenviando los eventos de Stripe a Dewey.</translation>
    </message>
    <message>
        <source>Stripe can reach Dewey at %1</source>
        <translation>Stripe puede llegar a Dewey en %1</translation>
    </message>
    <message>
        <source>%1 stopped.</source>
        <translation>%1 se detuvo.</translation>
    </message>
    <message>
        <source>Restarting in %1 s.</source>
        <translation>Reinicio en %1 s.</translation>
    </message>
    <message>
        <source>Stored the Stripe CLI&apos;s signing secret as the webhook signing secret.</source>
        <translation>Se guardó el secreto de firma de Stripe CLI como secreto de firma del webhook.</translation>
    </message>
    <message>
        <source>Tunnel settings changed.</source>
        <translation>Ajustes del túnel cambiados.</translation>
    </message>
</context>
<context>
    <name>DeweyApp</name>
    <message>
        <source>Dewey cannot start</source>
        <translation>Dewey no puede iniciarse</translation>
    </message>
    <message>
        <source>Dewey: store sale alerts and a notes assistant for livestreamers.</source>
        <translation>Dewey: alertas de ventas de tu tienda y un asistente de notas para streamers.</translation>
    </message>
    <message>
        <source>Use DIR as the data folder.</source>
        <translation>Usa CARPETA como carpeta de datos.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>Inicia en la bandeja, sin la ventana.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Run &apos;dewey --help&apos; for usage.</source>
        <translation>Ejecuta &apos;dewey --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>Dewey is already running; bringing its window to the front.</source>
        <translation>Dewey ya está en marcha; trayendo su ventana al frente.</translation>
    </message>
    <message>
        <source>Servers not started</source>
        <translation>Servidores no iniciados</translation>
    </message>
    <message>
        <source>dewey-cli serve is already running with this data folder (%1). Stop it first, or start Dewey with another data folder.</source>
        <translation>dewey-cli serve ya está en marcha con esta carpeta de datos (%1). Detenlo primero o abre Dewey con otra carpeta de datos.</translation>
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
        <translation>La base de datos de notas no está abierta.</translation>
    </message>
</context>
<context>
    <name>FileSecretBackend</name>
    <message>
        <source>The secrets file %1 can be read or changed by other users of this computer (permissions %2). Dewey will not use it. Make it private with &quot;chmod 600&quot;, or delete it and enter your keys again.</source>
        <translation>Otros usuarios de este ordenador pueden leer o cambiar el archivo de secretos %1 (permisos %2). Dewey no lo usará. Hazlo privado con &quot;chmod 600&quot; o bórralo y vuelve a introducir tus claves.</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1: %2</source>
        <translation>No se pudo leer el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged. Delete it and enter your keys again.</source>
        <translation>El archivo de secretos %1 está dañado. Bórralo y vuelve a introducir tus claves.</translation>
    </message>
    <message>
        <source>Could not create the folder for the secrets file %1.</source>
        <translation>No se pudo crear la carpeta del archivo de secretos %1.</translation>
    </message>
    <message>
        <source>Could not create the secrets file %1: %2</source>
        <translation>No se pudo crear el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>Could not delete the secrets file %1.</source>
        <translation>No se pudo borrar el archivo de secretos %1.</translation>
    </message>
    <message>
        <source>Could not write the secrets file %1: %2</source>
        <translation>No se pudo escribir el archivo de secretos %1: %2</translation>
    </message>
</context>
<context>
    <name>LaunchAgentAutostart</name>
    <message>
        <source>Dewey could not remove %1.</source>
        <translation>Dewey no pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Dewey could not create the folder %1.</source>
        <translation>Dewey no pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Dewey could not write %1: %2</source>
        <translation>Dewey no pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>NotesCommand</name>
    <message>
        <source>Add, list, search, edit, delete, import and export notes.</source>
        <translation>Añade, lista, busca, edita, borra, importa y exporta notas.</translation>
    </message>
    <message>
        <source>add TEXT | list | search QUERY | edit ID TEXT | delete ID | restore ID | import PATH | export [PATH]. TEXT &quot;-&quot; reads the note from standard input; PATH &quot;-&quot; means standard input/output.</source>
        <translation>add TEXTO | list | search CONSULTA | edit ID TEXTO | delete ID | restore ID | import RUTA | export [RUTA]. Con TEXTO &quot;-&quot; la nota se lee de la entrada estándar; RUTA &quot;-&quot; significa entrada/salida estándar.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Imprime el resultado como JSON.</translation>
    </message>
    <message>
        <source>At most N notes (search: default %1; list: all).</source>
        <translation>Como máximo N notas (search: %1 por defecto; list: todas).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>File format for import/export: jsonl or markdown (default: from the file name; export to standard output: jsonl).</source>
        <translation>Formato de archivo para importar/exportar: jsonl o markdown (por defecto: según el nombre del archivo; al exportar a la salida estándar: jsonl).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>search: match words only, even when notes can be found by meaning.</source>
        <translation>search: busca solo por palabras, aunque las notas se puedan encontrar por significado.</translation>
    </message>
    <message>
        <source>say what to do: add, list, search, edit, delete, restore, import or export. Run &apos;dewey-cli notes --help&apos; for usage.</source>
        <translation>indica qué hacer: add, list, search, edit, delete, restore, import o export. Ejecuta &apos;dewey-cli notes --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;. Run &apos;dewey-cli notes --help&apos; for usage.</source>
        <translation>acción desconocida «%1». Ejecuta &apos;dewey-cli notes --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit necesita un número positivo.</translation>
    </message>
    <message>
        <source>add needs the note&apos;s text, e.g. dewey-cli notes add &quot;Airbnb code 4412&quot;.</source>
        <translation>add necesita el texto de la nota, p. ej., dewey-cli notes add &quot;Código del Airbnb 4412&quot;.</translation>
    </message>
    <message>
        <source>list takes no arguments (did you mean search?).</source>
        <translation>list no admite argumentos (¿querías decir search?).</translation>
    </message>
    <message>
        <source>search needs words to look for, e.g. dewey-cli notes search &quot;airbnb code&quot;.</source>
        <translation>search necesita palabras que buscar, p. ej., dewey-cli notes search &quot;código airbnb&quot;.</translation>
    </message>
    <message>
        <source>edit needs a note id and the new text, e.g. dewey-cli notes edit 12 &quot;new text&quot;.</source>
        <translation>edit necesita un id de nota y el nuevo texto, p. ej., dewey-cli notes edit 12 &quot;texto nuevo&quot;.</translation>
    </message>
    <message>
        <source>delete needs one note id, e.g. dewey-cli notes delete 12.</source>
        <translation>delete necesita un id de nota, p. ej., dewey-cli notes delete 12.</translation>
    </message>
    <message>
        <source>Deleted note %1. To undo: dewey-cli notes restore %1</source>
        <translation>Nota %1 borrada. Para deshacerlo: dewey-cli notes restore %1</translation>
    </message>
    <message>
        <source>restore needs one note id, e.g. dewey-cli notes restore 12.</source>
        <translation>restore necesita un id de nota, p. ej., dewey-cli notes restore 12.</translation>
    </message>
    <message>
        <source>import needs one file or folder, e.g. dewey-cli notes import notes.jsonl.</source>
        <translation>import necesita un archivo o una carpeta, p. ej., dewey-cli notes import notes.jsonl.</translation>
    </message>
    <message>
        <source>%1 holds no .md or .jsonl files.</source>
        <translation>%1 no contiene archivos .md ni .jsonl.</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; add --format jsonl or --format markdown.</source>
        <translation>no se puede saber el formato de %1; añade --format jsonl o --format markdown.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>se omitió %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n note(s)</source>
        <translation>
            <numerusform>Se importó %n nota</numerusform>
            <numerusform>Se importaron %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>, se omitió %n duplicada</numerusform>
            <numerusform>, se omitieron %n duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entry(ies) not readable</source>
        <translation>
            <numerusform>, %n entrada ilegible</numerusform>
            <numerusform>, %n entradas ilegibles</numerusform>
        </translation>
    </message>
    <message>
        <source>export takes at most one file, e.g. dewey-cli notes export notes.jsonl.</source>
        <translation>export admite como máximo un archivo, p. ej., dewey-cli notes export notes.jsonl.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n nota a %1.</numerusform>
            <numerusform>Se exportaron %n notas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesFileFormats</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no &quot;text&quot;</source>
        <translation>falta &quot;text&quot;</translation>
    </message>
    <message>
        <source>&quot;createdAt&quot; is not a date and time (use ISO 8601, e.g. 2026-03-03T14:05:00Z)</source>
        <translation>&quot;createdAt&quot; no es una fecha y hora (usa ISO 8601, p. ej., 2026-03-03T14:05:00Z)</translation>
    </message>
    <message>
        <source>line %1: a note without text</source>
        <translation>línea %1: una nota sin texto</translation>
    </message>
</context>
<context>
    <name>OpenAiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a URL such as %2 or http://localhost:11434/v1.</source>
        <translation>«%1» no es una dirección de servidor. Usa una URL como %2 o http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The base URL must not contain &quot;?&quot; or &quot;#&quot;: &quot;%1&quot;.</source>
        <translation>La URL base no debe contener &quot;?&quot; ni &quot;#&quot;: «%1».</translation>
    </message>
</context>
<context>
    <name>OpenAiErrorClassifier</name>
    <message>
        <source>%1 refused the API key. Check the OpenAI API key in Settings.</source>
        <translation>%1 rechazó la clave de API. Revisa la clave de API de OpenAI en Ajustes.</translation>
    </message>
    <message>
        <source>%1 does not let this API key use the chosen model. Check the key&apos;s permissions and the model in Settings.</source>
        <translation>%1 no permite que esta clave de API use el modelo elegido. Revisa los permisos de la clave y el modelo en Ajustes.</translation>
    </message>
    <message>
        <source>%1 does not know the model or the address Dewey asked for. Check the model name and the base URL in Settings (it usually ends in /v1).</source>
        <translation>%1 no reconoce el modelo o la dirección que pidió Dewey. Revisa el nombre del modelo y la URL base en Ajustes (suele terminar en /v1).</translation>
    </message>
    <message>
        <source>Your OpenAI account has run out of credit or reached its spending limit. Add credit or raise the limit on platform.openai.com (Billing); trying again will not help until then.</source>
        <translation>Tu cuenta de OpenAI se ha quedado sin crédito o ha alcanzado su límite de gasto. Añade crédito o sube el límite en platform.openai.com (Billing); hasta entonces, reintentar no servirá.</translation>
    </message>
    <message>
        <source>%1 is limiting how often Dewey may ask. Try again in a moment.</source>
        <translation>%1 está limitando la frecuencia con la que Dewey puede preguntar. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). Try again in a moment.</source>
        <translation>%1 tuvo un problema al responder (HTTP %2). Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2). Check the model and base URL in Settings.</source>
        <translation>%1 rechazó la solicitud (HTTP %2). Revisa el modelo y la URL base en Ajustes.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2, which is not a chat answer. Check the base URL in Settings.</source>
        <translation>%1 respondió con HTTP %2, que no es una respuesta de chat. Revisa la URL base en Ajustes.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost in the middle of the answer. Try again.</source>
        <translation>Se perdió la conexión con %1 en mitad de la respuesta. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 refused the connection. If it is a local server, check that it is running and that the base URL in Settings has the right port.</source>
        <translation>%1 rechazó la conexión. Si es un servidor local, comprueba que esté en marcha y que la URL base de Ajustes tenga el puerto correcto.</translation>
    </message>
    <message>
        <source>Dewey could not find %1. Check your internet connection and the base URL in Settings.</source>
        <translation>Dewey no encontró %1. Revisa tu conexión a internet y la URL base en Ajustes.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 no respondió a tiempo. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Dewey could not set up a secure connection to %1. Check the base URL in Settings.</source>
        <translation>Dewey no pudo establecer una conexión segura con %1. Revisa la URL base en Ajustes.</translation>
    </message>
    <message>
        <source>Dewey could not reach %1. Check your internet connection and try again.</source>
        <translation>Dewey no pudo acceder a %1. Revisa tu conexión a internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 reported an error while answering. Try again in a moment.</source>
        <translation>%1 informó de un error al responder. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1 stopped sending the answer for %2 seconds. Try again.</source>
        <translation>%1 dejó de enviar la respuesta durante %2 segundos. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Try again in a moment.</source>
        <translation>%1 no respondió en %2 segundos. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1 sent something that is not a chat answer. Check that the base URL in Settings points at an OpenAI-compatible API (it usually ends in /v1).</source>
        <translation>%1 envió algo que no es una respuesta de chat. Comprueba que la URL base de Ajustes apunte a una API compatible con OpenAI (suele terminar en /v1).</translation>
    </message>
    <message>
        <source>No OpenAI API key is set. Add one in Settings, or set a base URL for a local server that needs no key.</source>
        <translation>No hay ninguna clave de API de OpenAI. Añade una en Ajustes o indica la URL base de un servidor local que no necesite clave.</translation>
    </message>
</context>
<context>
    <name>OverlayTokenRegenerator</name>
    <message>
        <source>Regenerate the overlay URL?</source>
        <translation>¿Regenerar la URL del overlay?</translation>
    </message>
    <message>
        <source>The current overlay URL stops working at once: OBS shows no alerts until you paste the new URL into its Browser Source.</source>
        <translation>La URL actual del overlay deja de funcionar de inmediato: OBS no mostrará alertas hasta que pegues la nueva URL en su fuente de navegador.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
</context>
<context>
    <name>RunKeyAutostart</name>
    <message>
        <source>Dewey could not change %1.</source>
        <translation>Dewey no pudo cambiar %1.</translation>
    </message>
</context>
<context>
    <name>SalesCommand</name>
    <message>
        <source>List the recorded Stripe sales: &apos;sales list [--json] [--since ISO]&apos;.</source>
        <translation>Lista las ventas de Stripe registradas: &apos;sales list [--json] [--since ISO]&apos;.</translation>
    </message>
    <message>
        <source>List the sales, newest first.</source>
        <translation>Lista las ventas, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Print JSON (an array of sales) instead of a table.</source>
        <translation>Imprime JSON (una lista de ventas) en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Only sales made at or after TIME (ISO 8601, e.g. 2024-05-01 or 2024-05-01T20:00:00Z).</source>
        <translation>Solo las ventas hechas en FECHA o después (ISO 8601, p. ej., 2024-05-01 o 2024-05-01T20:00:00Z).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>missing subcommand; use &apos;sales list&apos;.</source>
        <translation>falta el subcomando; usa &apos;sales list&apos;.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; use &apos;sales list&apos;.</source>
        <translation>subcomando desconocido «%1»; usa &apos;sales list&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or time (for example 2024-05-01T20:00:00Z).</source>
        <translation>«%1» no es una fecha u hora ISO 8601 (por ejemplo, 2024-05-01T20:00:00Z).</translation>
    </message>
    <message>
        <source>Cannot read the sales ledger: %1</source>
        <translation>No se puede leer el registro de ventas: %1</translation>
    </message>
    <message>
        <source>No sales recorded yet.</source>
        <translation>Aún no hay ventas registradas.</translation>
    </message>
    <message>
        <source>[test]</source>
        <translation>[prueba]</translation>
    </message>
</context>
<context>
    <name>SalesCsvExporter</name>
    <message>
        <source>Cannot read the sales: %1</source>
        <translation>No se pueden leer las ventas: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>SalesTools</name>
    <message>
        <source>Unknown period &quot;%1&quot;; use one of: %2.</source>
        <translation>Periodo desconocido «%1»; usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>The sales ledger could not be read: %1</source>
        <translation>No se pudo leer el registro de ventas: %1</translation>
    </message>
    <message>
        <source>Looked up sales (%1)</source>
        <translation>Ventas consultadas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Looked up the %n latest sales</source>
        <translation>
            <numerusform>Últimas ventas consultadas: %n</numerusform>
            <numerusform>Últimas ventas consultadas: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the overlay server and the webhook receiver without a window.</source>
        <translation>Ejecuta el servidor del overlay y el receptor de webhooks sin ventana.</translation>
    </message>
    <message>
        <source>Serve the overlay on port N (0 picks a free port).</source>
        <translation>Sirve el overlay en el puerto N (0 elige un puerto libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Receive Stripe webhooks on port N (0 picks a free port).</source>
        <translation>Recibe los webhooks de Stripe en el puerto N (0 elige un puerto libre).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>a port must be a number from 0 to 65535.</source>
        <translation>el puerto debe ser un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>Dewey is already running with the data folder %1. Stop it first, or use another folder with --data-dir.</source>
        <translation>Dewey ya está en marcha con la carpeta de datos %1. Ciérralo primero o usa otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>the overlay and webhook ports must differ.</source>
        <translation>los puertos del overlay y del webhook deben ser distintos.</translation>
    </message>
</context>
<context>
    <name>StripeEventMapper</name>
    <message>
        <source>Thin events are not supported; use a snapshot event destination</source>
        <translation>No se admiten los eventos ligeros (thin); usa un destino de eventos snapshot</translation>
    </message>
    <message>
        <source>Not a Stripe event (no id or type)</source>
        <translation>No es un evento de Stripe (falta id o type)</translation>
    </message>
    <message>
        <source>Not a Stripe event (no data.object or created)</source>
        <translation>No es un evento de Stripe (falta data.object o created)</translation>
    </message>
    <message>
        <source>PaymentIntent sales are turned off (Checkout and invoices report these)</source>
        <translation>Las ventas de PaymentIntent están desactivadas (Checkout y las facturas ya las notifican)</translation>
    </message>
    <message>
        <source>Event type %1 is not used by Dewey</source>
        <translation>Dewey no usa el tipo de evento %1</translation>
    </message>
    <message>
        <source>The %1 has no usable amount or currency</source>
        <translation>El evento %1 no tiene un importe o una moneda utilizables</translation>
    </message>
    <message>
        <source>Setup-mode Checkout Sessions are not purchases</source>
        <translation>Las Checkout Sessions en modo setup no son compras</translation>
    </message>
    <message>
        <source>The Checkout Session is not paid yet (%1)</source>
        <translation>La Checkout Session aún no está pagada (%1)</translation>
    </message>
    <message>
        <source>The Checkout Session has no id or amount_total</source>
        <translation>La Checkout Session no tiene id ni amount_total</translation>
    </message>
    <message>
        <source>The invoice has no id or amount_paid</source>
        <translation>La factura no tiene id ni amount_paid</translation>
    </message>
    <message>
        <source>Nothing was paid on this invoice (a trial or a fully discounted one)</source>
        <translation>No se pagó nada en esta factura (es de prueba o tiene descuento total)</translation>
    </message>
    <message>
        <source>The PaymentIntent has no id or amount</source>
        <translation>El PaymentIntent no tiene id ni importe</translation>
    </message>
    <message>
        <source>The charge is only authorised, not captured</source>
        <translation>El cargo solo está autorizado, no capturado</translation>
    </message>
    <message>
        <source>The charge has no id or amount</source>
        <translation>El cargo no tiene id ni importe</translation>
    </message>
    <message>
        <source>Partial refund: the sale stays recorded</source>
        <translation>Reembolso parcial: la venta sigue registrada</translation>
    </message>
</context>
<context>
    <name>StripeSignature</name>
    <message>
        <source>No Stripe-Signature header</source>
        <translation>Falta la cabecera Stripe-Signature</translation>
    </message>
    <message>
        <source>Unable to extract timestamp and signatures from header</source>
        <translation>No se pudieron extraer la marca de tiempo y las firmas de la cabecera</translation>
    </message>
    <message>
        <source>No signatures found with expected scheme</source>
        <translation>No se encontraron firmas con el esquema esperado</translation>
    </message>
    <message>
        <source>No webhook signing secret is configured</source>
        <translation>No hay ningún secreto de firma de webhooks configurado</translation>
    </message>
    <message>
        <source>No signatures found matching the expected signature for payload</source>
        <translation>No se encontraron firmas que coincidan con la firma esperada para el contenido</translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance zone (%1 s old, %2 s allowed)</source>
        <translation>Marca de tiempo fuera del margen de tolerancia (%1 s de antigüedad, %2 s permitidos)</translation>
    </message>
</context>
<context>
    <name>XdgAutostart</name>
    <message>
        <source>Dewey could not remove %1.</source>
        <translation>Dewey no pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Dewey could not create the folder %1.</source>
        <translation>Dewey no pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Dewey could not write %1: %2</source>
        <translation>Dewey no pudo escribir %1: %2</translation>
    </message>
</context>
</TS>
