<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Strata::Baseline</name>
    <message>
        <location filename="../core/diff/Baseline.cpp" line="+62"/>
        <source>migration %1 of %2 does not run (%3), so what the migrations produce is not known</source>
        <translation>Migration %1 von %2 läuft nicht (%3), daher ist unbekannt, was die Migrationen erzeugen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>another migration runner holds the lock of %1; try again when it is done</source>
        <translation>ein anderer Migrationslauf hält die Sperre von %1; versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
</context>
<context>
    <name>Strata::CatalogReader</name>
    <message>
        <location filename="../core/sql/CatalogReader.cpp" line="+53"/>
        <location line="+410"/>
        <source>Cannot read the database catalog: %1</source>
        <translation>Der Datenbankkatalog kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Strata::CatalogSchema</name>
    <message>
        <location filename="../core/sql/CatalogSchema.cpp" line="+121"/>
        <source>Table %1 has a foreign key on several columns (%2) referencing %3, which Strata does not compare.</source>
        <translation>Tabelle %1 hat einen Fremdschlüssel über mehrere Spalten (%2) auf %3, den Strata nicht vergleicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Index %1 on %2 is partial or indexes an expression, which Strata compares by its columns only.</source>
        <translation>Index %1 auf %2 ist partiell oder indiziert einen Ausdruck; Strata vergleicht nur seine Spalten.</translation>
    </message>
</context>
<context>
    <name>Strata::Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+78"/>
        <source>The project folder (default: the current folder).</source>
        <translation>Der Projektordner (Vorgabe: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/DocsCommand.cpp" line="+25"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show debug output of discovery, loading, validation and migrations.</source>
        <translation>Debug-Ausgaben von Suche, Laden, Prüfung und Migrationen zeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print only errors and results.</source>
        <translation>Nur Fehler und Ergebnisse ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>Die Version zeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help; after a command, that command&apos;s options and examples.</source>
        <translation>Diese Hilfe zeigen; nach einem Befehl dessen Optionen und Beispiele.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strata: see, check and change the database of a modular application.</source>
        <translation>Strata: die Datenbank einer modularen Anwendung sehen, prüfen und ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/WatchCommand.cpp" line="+48"/>
        <source>cannot read the project: &quot;%1&quot; is not a folder</source>
        <translation>Projekt nicht lesbar: &quot;%1&quot; ist kein Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the project: &quot;%1&quot; is not readable</source>
        <translation>Projekt nicht lesbar: &quot;%1&quot; ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+7"/>
        <source>strata: error: unknown command &quot;%1&quot;</source>
        <translation>strata: error: unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/GraphCommand.cpp" line="+22"/>
        <source>Draw the tables clustered by package, with their foreign keys.</source>
        <translation>Die Tabellen nach Paketen gruppiert zeichnen, mit ihren Fremdschlüsseln.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format &quot;%1&quot; for graph: use dot, mermaid or json</source>
        <translation>unbekanntes Format &quot;%1&quot; für graph: dot, mermaid oder json verwenden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print the dependency graph (--format dot, mermaid or json).</source>
        <translation>Den Abhängigkeitsgraphen ausgeben (--format dot, mermaid oder json).</translation>
    </message>
    <message>
        <location filename="../app/cli/Help.cpp" line="+41"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe a command: strata help COMMAND.</source>
        <translation>Einen Befehl beschreiben: strata help BEFEHL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run &apos;strata help COMMAND&apos; or &apos;strata COMMAND --help&apos; for the options and examples of a command.</source>
        <translation>&apos;strata help BEFEHL&apos; oder &apos;strata BEFEHL --help&apos; zeigt die Optionen und Beispiele eines Befehls.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[global options]</source>
        <translation>[globale Optionen]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+23"/>
        <source>unknown format &quot;%1&quot; for list: use text or json</source>
        <translation>unbekanntes Format &quot;%1&quot; für list: text oder json verwenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dependency cycle %1: the packages are not in dependency order (those in the cycle stand by name)</source>
        <translation>Abhängigkeitszyklus %1: Die Pakete stehen nicht in Abhängigkeitsreihenfolge (die Pakete des Zyklus stehen nach Namen geordnet)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../app/cli/StatusCommand.cpp" line="+94"/>
        <source>PACKAGE</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>TABLES</source>
        <translation>TABELLEN</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>MIGRATIONS</source>
        <translation>MIGRATIONEN</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>List the packages in dependency order.</source>
        <translation>Die Pakete in Abhängigkeitsreihenfolge auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/Migrations.cpp" line="+94"/>
        <source>Only up to this migration (PACKAGE or PACKAGE:ID).</source>
        <translation>Nur bis zu dieser Migration (PAKET oder PAKET:ID).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="+30"/>
        <location filename="../app/cli/RollbackCommand.cpp" line="+65"/>
        <source>--lock-timeout takes a number of seconds</source>
        <translation>--lock-timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply the pending migrations.</source>
        <translation>Die ausstehenden Migrationen anwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/Migrations.cpp" line="-53"/>
        <source>%1 failed at statement %2 (%3)</source>
        <translation>%1 ist bei Anweisung %2 fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed (%2)</source>
        <translation>%1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statement:</source>
        <translation>Anweisung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The failed migration left no trace.</source>
        <translation>Die fehlgeschlagene Migration hat keine Spuren hinterlassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The failed migration ran without a transaction: its statements before the failing one stay.</source>
        <translation>Die fehlgeschlagene Migration lief ohne Transaktion: Ihre Anweisungen vor der fehlgeschlagenen bleiben bestehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n migration(s) before it stay(s) applied.</source>
        <translation>
            <numerusform>%n Migration davor bleibt angewendet.</numerusform>
            <numerusform>%n Migrationen davor bleiben angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s) before it stay(s) rolled back.</source>
        <translation>
            <numerusform>%n Migration davor bleibt zurückgesetzt.</numerusform>
            <numerusform>%n Migrationen davor bleiben zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database: sqlite:PATH, sqlite::memory: or postgresql://USER@HOST:PORT/DB (default: the project&apos;s).</source>
        <translation>Die Datenbank: sqlite:PFAD, sqlite::memory: oder postgresql://BENUTZER@HOST:PORT/DB (Vorgabe: die des Projekts).</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="+29"/>
        <location filename="../app/cli/Migrations.cpp" line="+2"/>
        <location line="+16"/>
        <location filename="../app/cli/TestCommand.cpp" line="+30"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/Migrations.cpp" line="+7"/>
        <source>How long to wait for another runner, in seconds (default 60).</source>
        <translation>Wie lange auf einen anderen Migrationslauf gewartet wird, in Sekunden (Vorgabe 60).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prove that the plan runs, and change nothing.</source>
        <translation>Zeigen, dass der Plan läuft, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/cli/TestCommand.cpp" line="+211"/>
        <source>; use --database with a %1 URL</source>
        <translation>; --database mit einer %1-URL angeben</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Dry run on %1: %n migration(s)</source>
        <translation>
            <numerusform>Probelauf auf %1: %n Migration</numerusform>
            <numerusform>Probelauf auf %1: %n Migrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Migrating %1: %n pending</source>
        <translation>
            <numerusform>Migration von %1: %n ausstehend</numerusform>
            <numerusform>Migration von %1: %n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rolling back %1: %n migration(s)</source>
        <translation>
            <numerusform>Zurücksetzen auf %1: %n Migration</numerusform>
            <numerusform>Zurücksetzen auf %1: %n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/PlanOutput.cpp" line="+131"/>
        <location line="+45"/>
        <source>destructive: %1</source>
        <translation>destruktiv: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/PlanOutput.cpp" line="-57"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>already done by another runner</source>
        <translation>bereits von einem anderen Lauf erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not executed in a dry run (no-transaction migration)</source>
        <translation>im Probelauf nicht ausgeführt (Migration ohne Transaktion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done in %1 ms</source>
        <translation>fertig in %1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Nach %n Migration abgebrochen.</numerusform>
            <numerusform>Nach %n Migrationen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dry run passed: %n migration(s) run and undone; nothing changed.</source>
        <translation>
            <numerusform>Probelauf bestanden: %n Migration ausgeführt und rückgängig gemacht; nichts geändert.</numerusform>
            <numerusform>Probelauf bestanden: %n Migrationen ausgeführt und rückgängig gemacht; nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Applied %n migration(s) in %1 ms.</source>
        <translation>
            <numerusform>%n Migration in %1 ms angewendet.</numerusform>
            <numerusform>%n Migrationen in %1 ms angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rolled back %n migration(s) in %1 ms.</source>
        <translation>
            <numerusform>%n Migration in %1 ms zurückgesetzt.</numerusform>
            <numerusform>%n Migrationen in %1 ms zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="+21"/>
        <source>Plan a rollback instead (with --steps or --to).</source>
        <translation>Stattdessen ein Zurücksetzen planen (mit --steps oder --to).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print only the SQL script that would run, with comments naming each migration.</source>
        <translation>Nur das SQL-Skript ausgeben, das laufen würde, mit Kommentaren, die jede Migration nennen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --down: the last N applied migrations.</source>
        <translation>Mit --down: die letzten N angewendeten Migrationen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/RollbackCommand.cpp" line="-45"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--sql prints SQL: leave out --format %1</source>
        <translation>--sql gibt SQL aus: --format %1 weglassen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/RollbackCommand.cpp" line="+37"/>
        <source>--steps takes a whole number of at least 1</source>
        <translation>--steps erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing to do on %1.</source>
        <translation>Nichts zu tun auf %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n migration(s) would run on %1:</source>
        <translation>
            <numerusform>%n Migration würde auf %1 laufen:</numerusform>
            <numerusform>%n Migrationen würden auf %1 laufen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s) would be rolled back on %1:</source>
        <translation>
            <numerusform>%n Migration würde auf %1 zurückgesetzt:</numerusform>
            <numerusform>%n Migrationen würden auf %1 zurückgesetzt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan has destructive statements (marked !).</source>
        <translation>Der Plan enthält destruktive Anweisungen (mit ! markiert).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show what migrate would run, statement by statement.</source>
        <translation>Zeigen, was migrate ausführen würde, Anweisung für Anweisung.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanOutput.cpp" line="-12"/>
        <source>[no transaction: statements run one by one, outside a transaction]</source>
        <translation>[ohne Transaktion: Anweisungen laufen einzeln, außerhalb einer Transaktion]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[foreign keys off: checked before commit, then back on]</source>
        <translation>[Fremdschlüssel aus: vor dem Commit geprüft, danach wieder an]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(C++ migration)</source>
        <translation>(C++-Migration)</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>strata plan --sql: %n migration(s) that migrate would run on %1, in order.</source>
        <translation>
            <numerusform>strata plan --sql: %n Migration, die migrate auf %1 ausführen würde, in Reihenfolge.</numerusform>
            <numerusform>strata plan --sql: %n Migrationen, die migrate auf %1 ausführen würde, in Reihenfolge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>strata plan --sql: %n migration(s) that rollback would undo on %1, in order.</source>
        <translation>
            <numerusform>strata plan --sql: %n Migration, die rollback auf %1 zurücksetzen würde, in Reihenfolge.</numerusform>
            <numerusform>strata plan --sql: %n Migrationen, die rollback auf %1 zurücksetzen würde, in Reihenfolge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each migration also writes its row of strata_migrations in its transaction; this script does not.</source>
        <translation>Jede Migration schreibt in ihrer Transaktion auch ihre Zeile in strata_migrations; dieses Skript nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A C++ migration: its statements are known only when it runs.</source>
        <translation>Eine C++-Migration: Ihre Anweisungen sind erst bekannt, wenn sie läuft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Foreign keys off: migrate checks them before COMMIT and rolls back on a violation.</source>
        <translation>Fremdschlüssel aus: migrate prüft sie vor COMMIT und rollt bei einer Verletzung zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No transaction: migrate runs these statements one by one, outside a transaction.</source>
        <translation>Ohne Transaktion: migrate führt diese Anweisungen einzeln aus, außerhalb einer Transaktion.</translation>
    </message>
    <message>
        <location filename="../app/cli/RepairCommand.cpp" line="+35"/>
        <source>cannot read the history of %1: %2</source>
        <translation>Verlauf von %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:%2: recorded the checksum of the edited file</source>
        <translation>%1:%2: Prüfsumme der bearbeiteten Datei eingetragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2: forgot the migration whose file is gone</source>
        <translation>%1:%2: Migration vergessen, deren Datei fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot repair %1:%2: %3</source>
        <translation>%1:%2 nicht reparierbar: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to repair on %1.</source>
        <translation>Nichts zu reparieren auf %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept edited migrations and forget deleted ones, after checking them.</source>
        <translation>Bearbeitete Migrationen annehmen und gelöschte vergessen, nachdem man sie geprüft hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/RollbackCommand.cpp" line="-38"/>
        <source>Roll back the last N applied migrations.</source>
        <translation>Die letzten N angewendeten Migrationen zurücksetzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roll back every migration applied after PACKAGE:ID (which stays applied).</source>
        <translation>Jede nach PAKET:ID angewendete Migration zurücksetzen (PAKET:ID bleibt angewendet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PACKAGE:ID</source>
        <translation>PAKET:ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roll back every applied migration.</source>
        <translation>Jede angewendete Migration zurücksetzen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rollback needs exactly one of --steps N, --to PACKAGE:ID or --all</source>
        <translation>rollback braucht genau eine der Optionen --steps N, --to PAKET:ID oder --all</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Undo applied migrations with their down sections.</source>
        <translation>Angewendete Migrationen mit ihren down-Abschnitten rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SqlCommand.cpp" line="+22"/>
        <source>sqlite or postgresql (default: the project&apos;s dialect).</source>
        <translation>sqlite oder postgresql (Vorgabe: der Dialekt des Projekts).</translation>
    </message>
    <message>
        <location filename="../app/cli/DocsCommand.cpp" line="-1"/>
        <source>The folder to write the documentation into.</source>
        <translation>Der Ordner, in den die Dokumentation geschrieben wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show column types as sqlite or postgresql names them (default: the project&apos;s dialect).</source>
        <translation>Spaltentypen so zeigen, wie sqlite oder postgresql sie nennt (Vorgabe: der Dialekt des Projekts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/SqlCommand.cpp" line="+1"/>
        <source>DIALECT</source>
        <translation>DIALEKT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write nothing; exit with 1 when the folder is not what would be written, naming the stale, missing and extra files.</source>
        <translation>Nichts schreiben; mit 1 enden, wenn der Ordner nicht enthält, was geschrieben würde, und die veralteten, fehlenden und überzähligen Dateien nennen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown format &quot;%1&quot; for docs: use html or markdown</source>
        <translation>unbekanntes Format &quot;%1&quot; für docs: html oder markdown verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>docs needs --out DIR, the folder to write the documentation into</source>
        <translation>docs braucht --out ORDNER, den Ordner, in den die Dokumentation geschrieben wird</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no package &quot;%1&quot; in the project; did you mean &quot;%2&quot;?</source>
        <translation>kein Paket &quot;%1&quot; im Projekt; war &quot;%2&quot; gemeint?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the project has errors (see &apos;strata validate&apos;); the documentation lists them on its project page</source>
        <translation>das Projekt hat Fehler (siehe &quot;strata validate&quot;); die Dokumentation führt sie auf ihrer Projektseite auf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stale:</source>
        <translation>veraltet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing:</source>
        <translation>fehlt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra:</source>
        <translation>überzählig:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not up to date: run &apos;strata docs&apos; without --check</source>
        <translation>%1 ist nicht aktuell: &quot;strata docs&quot; ohne --check ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is up to date</source>
        <translation>%1 ist aktuell</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 written, %2 unchanged, %3 removed: %4</source>
        <translation>%1 geschrieben, %2 unverändert, %3 entfernt: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the documentation of the schema (--format html or markdown) into a folder.</source>
        <translation>Die Dokumentation des Schemas (--format html oder markdown) in einen Ordner schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only these packages and what they depend on (default: all).</source>
        <translation>Nur diese Pakete und wovon sie abhängen (Vorgabe: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/SqlCommand.cpp" line="+7"/>
        <source>With named packages: include the packages they depend on, so that the script runs on an empty database.</source>
        <translation>Mit genannten Paketen: auch die Pakete einschließen, von denen sie abhängen, damit das Skript auf einer leeren Datenbank läuft.</translation>
    </message>
    <message>
        <location filename="../app/cli/DocsCommand.cpp" line="-58"/>
        <location filename="../app/cli/SqlCommand.cpp" line="+13"/>
        <source>unknown dialect &quot;%1&quot;: use sqlite or postgresql</source>
        <translation>unbekannter Dialekt &quot;%1&quot;: sqlite oder postgresql verwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="-2"/>
        <source>Compare with this live database instead of the migrations: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Mit dieser laufenden Datenbank statt mit den Migrationen vergleichen: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location filename="../app/cli/Migrations.cpp" line="-173"/>
        <source>Replay the migrations on a scratch database created on this server (and dropped afterwards).</source>
        <translation>Die Migrationen auf einer Wegwerf-Datenbank abspielen, die auf diesem Server angelegt (und danach gelöscht) wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="+55"/>
        <source>%1: no differences</source>
        <translation>%1: keine Unterschiede</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its migrations were not replayed: a migration before them does not run</source>
        <translation>%1: seine Migrationen wurden nicht abgespielt: eine Migration vor ihnen läuft nicht</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n difference(s) with %2</source>
        <translation>
            <numerusform>%1: %n Unterschied zu %2</numerusform>
            <numerusform>%1: %n Unterschiede zu %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error: migration %1 does not run: %2; the schema is the one before it</source>
        <translation>error: Migration %1 läuft nicht: %2; das Schema ist das vor ihr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not declared by any package (not an error):</source>
        <translation>Von keinem Paket deklariert (kein Fehler):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: not followed without a server (%1); its effect is not in the comparison, --dev-database replays it</source>
        <translation>Hinweis: ohne Server nicht nachvollzogen (%1); seine Wirkung fehlt im Vergleich, --dev-database spielt sie ab</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n package(s) compared</source>
        <translation>
            <numerusform>%n Paket verglichen</numerusform>
            <numerusform>%n Pakete verglichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with differences</source>
        <translation>
            <numerusform>%n mit Unterschieden</numerusform>
            <numerusform>%n mit Unterschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n error(s) reading the project: what could not be read is not in the comparison</source>
        <translation>
            <numerusform>%n Fehler beim Lesen des Projekts: Was nicht gelesen werden konnte, ist nicht im Vergleich</numerusform>
            <numerusform>%n Fehler beim Lesen des Projekts: Was nicht gelesen werden konnte, ist nicht im Vergleich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format must be text or json for diff</source>
        <translation>--format muss für diff text oder json sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/cli/DocsCommand.cpp" line="+8"/>
        <location filename="../app/cli/GenerateCommand.cpp" line="+52"/>
        <location filename="../app/cli/SqlCommand.cpp" line="+7"/>
        <location filename="../app/cli/TestCommand.cpp" line="-19"/>
        <source>no package &quot;%1&quot; in the project</source>
        <translation>kein Paket &quot;%1&quot; im Projekt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>migration %1 of %2 does not run: %3</source>
        <translation>Migration %1 von %2 läuft nicht: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its migrations</source>
        <translation>seinen Migrationen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare each package&apos;s declared schema with what its migrations produce (or a live database); exit 1 when they differ.</source>
        <translation>Das deklarierte Schema jedes Pakets mit dem vergleichen, was seine Migrationen erzeugen (oder mit einer laufenden Datenbank); Exit-Code 1, wenn sie abweichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The packages to compare (default: all).</source>
        <translation>Die zu vergleichenden Pakete (Vorgabe: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/SqlCommand.cpp" line="+15"/>
        <source>the project has errors (see &apos;strata validate&apos;); the SQL may not run as it is</source>
        <translation>das Projekt hat Fehler (siehe &apos;strata validate&apos;); das SQL läuft so womöglich nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the CREATE statements of the declared schema.</source>
        <translation>Die CREATE-Anweisungen des deklarierten Schemas ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only these packages (default: all).</source>
        <translation>Nur diese Pakete (Vorgabe: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="-69"/>
        <source>Exit 1 when anything is pending, modified or missing, or when the database has drifted from the declared schema.</source>
        <translation>Exit-Code 1, wenn etwas aussteht, geändert ist oder fehlt, oder wenn die Datenbank vom deklarierten Schema abgewichen ist.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>MIGRATION</source>
        <translation>MIGRATION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APPLIED AT</source>
        <translation>ANGEWENDET AM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 applied, %2 pending, %3 modified, %4 missing on %5</source>
        <translation>%1 angewendet, %2 ausstehend, %3 geändert, %4 fehlend auf %5</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>drift: %n difference(s) with the declared schema in %1; &apos;strata diff --database %2&apos; lists them</source>
        <translation>
            <numerusform>Abweichung: %n Unterschied zum deklarierten Schema in %1; &apos;strata diff --database %2&apos; listet ihn auf</numerusform>
            <numerusform>Abweichung: %n Unterschiede zum deklarierten Schema in %1; &apos;strata diff --database %2&apos; listet sie auf</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show every migration as applied, pending, modified or missing.</source>
        <translation>Jede Migration als angewendet, ausstehend, geändert oder fehlend zeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="+26"/>
        <source>Fail on warnings too.</source>
        <translation>Auch bei Warnungen fehlschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip the rule with this code for this run (repeatable).</source>
        <translation>Die Regel mit diesem Code in diesem Lauf auslassen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot tell which &quot;renamedFrom&quot; hints are settled: %1</source>
        <translation>kann nicht feststellen, welche &quot;renamedFrom&quot;-Hinweise erledigt sind: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format &quot;%1&quot; for validate: use text or json</source>
        <translation>unbekanntes Format &quot;%1&quot; für validate: text oder json verwenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--skip %1 names no rule (the codes are listed in docs/validation.md)</source>
        <translation>--skip %1 nennt keine Regel (die Codes stehen in docs/validation.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--skip %1 names no rule; did you mean &quot;%2&quot;?</source>
        <translation>--skip %1 nennt keine Regel; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (strata.json)</source>
        <translation>%1 (strata.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (--skip)</source>
        <translation>%1 (--skip)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rules skipped: %1</source>
        <translation>ausgelassene Regeln: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/StatusCommand.cpp" line="-15"/>
        <location filename="../app/cli/ValidateCommand.cpp" line="+24"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ValidateCommand.cpp" line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check every package and report problems.</source>
        <translation>Jedes Paket prüfen und Probleme melden.</translation>
    </message>
    <message>
        <location filename="../app/cli/WatchCommand.cpp" line="-22"/>
        <source>Milliseconds of quiet before a batch of changes is read (default 150).</source>
        <translation>Millisekunden Ruhe, bevor eine Reihe von Änderungen gelesen wird (Vorgabe 150).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --format json, every &quot;reloaded&quot; event carries the whole report (every finding), as &quot;loaded&quot; does, not only the new findings.</source>
        <translation>Mit --format json trägt jedes &quot;reloaded&quot;-Ereignis den ganzen Bericht (jeden Befund), wie &quot;loaded&quot;, nicht nur die neuen Befunde.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>watching %1 packages (%2 errors, %3 warnings); loaded in %4 ms</source>
        <translation>beobachte %1 Pakete (%2 Fehler, %3 Warnungen); geladen in %4 ms</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Follow the project on disk and report each change.</source>
        <translation>Dem Projekt auf der Festplatte folgen und jede Änderung melden.</translation>
    </message>
    <message>
        <location filename="../app/cli/BaselineCommand.cpp" line="+24"/>
        <source>Record the migrations even when the database differs from what they produce (with a warning).</source>
        <translation>Die Migrationen auch dann eintragen, wenn die Datenbank von dem abweicht, was sie erzeugen (mit einer Warnung).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing to record on %1: no migration is pending.</source>
        <translation>Nichts einzutragen auf %1: keine Migration steht aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>strata: error: %1 differs from what the %n migration(s) produce; nothing recorded:</source>
        <translation>
            <numerusform>strata: error: %1 weicht von dem ab, was die %n Migration erzeugt; nichts eingetragen:</numerusform>
            <numerusform>strata: error: %1 weicht von dem ab, was die %n Migrationen erzeugen; nichts eingetragen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>strata: warning: %1 differs from what the %n migration(s) produce; recorded anyway (--force):</source>
        <translation>
            <numerusform>strata: warning: %1 weicht von dem ab, was die %n Migration erzeugt; trotzdem eingetragen (--force):</numerusform>
            <numerusform>strata: warning: %1 weicht von dem ab, was die %n Migrationen erzeugen; trotzdem eingetragen (--force):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  help: make the database match (strata diff --database lists what the declared schema expects), or record anyway with --force</source>
        <translation>  Hilfe: bringen Sie die Datenbank in Übereinstimmung (strata diff --database listet, was das deklarierte Schema erwartet), oder tragen Sie mit --force trotzdem ein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>note: table %1 belongs to no package; left as it is</source>
        <translation>Hinweis: Tabelle %1 gehört zu keinem Paket; sie bleibt, wie sie ist</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Recorded %n migration(s) as applied on %1 without running them:</source>
        <translation>
            <numerusform>%n Migration auf %1 als angewendet eingetragen, ohne sie auszuführen:</numerusform>
            <numerusform>%n Migrationen auf %1 als angewendet eingetragen, ohne sie auszuführen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record the pending migrations as applied without running them, after checking that the database holds what they produce.</source>
        <translation>Die ausstehenden Migrationen als angewendet eintragen, ohne sie auszuführen, nachdem geprüft wurde, dass die Datenbank enthält, was sie erzeugen.</translation>
    </message>
    <message>
        <location filename="../app/cli/GenerateCommand.cpp" line="-28"/>
        <source>The name of the new migrations (default: schema_changes).</source>
        <translation>Der Name der neuen Migrationen (Vorgabe: schema_changes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also write changes that lose data: a dropped table or column, a narrower type, a dropped enum value.</source>
        <translation>Auch Änderungen schreiben, die Daten verlieren: eine entfernte Tabelle oder Spalte, ein engerer Typ, ein entfernter Enum-Wert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the migrations, and write nothing.</source>
        <translation>Die Migrationen ausgeben und nichts schreiben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--name must be lower-case letters, digits and underscores</source>
        <translation>--name darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>migration %1 of %2 does not run: %3; fix it before generating</source>
        <translation>Migration %1 von %2 läuft nicht: %3; beheben Sie das vor dem Generieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nothing written</source>
        <translation>%1: nichts geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the package has no folder to write a migration into</source>
        <translation>%1: das Paket hat keinen Ordner, in den eine Migration geschrieben werden kann</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: would write %2</source>
        <translation>%1: würde %2 schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: wrote %2</source>
        <translation>%1: %2 geschrieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing to generate</source>
        <translation>nichts zu generieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a migration for each package whose declared schema differs from what its migrations produce.</source>
        <translation>Eine Migration für jedes Paket schreiben, dessen deklariertes Schema von dem abweicht, was seine Migrationen erzeugen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The packages to generate for (default: all).</source>
        <translation>Die Pakete, für die generiert wird (Vorgabe: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/TestCommand.cpp" line="-194"/>
        <source>Make the scratch databases on this PostgreSQL server (each created and dropped), or in SQLite files with sqlite: (default: the project&apos;s database&apos;s server, or SQLite).</source>
        <translation>Die Testdatenbanken auf diesem PostgreSQL-Server anlegen (jede angelegt und wieder gelöscht), oder mit sqlite: in SQLite-Dateien (Vorgabe: der Server der Datenbank des Projekts, oder SQLite).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fail a package with a migration that has no down section.</source>
        <translation>Ein Paket mit einer Migration ohne Down-Abschnitt scheitern lassen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n package(s) tested</source>
        <translation>
            <numerusform>%n Paket getestet</numerusform>
            <numerusform>%n Pakete getestet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+119"/>
        <source>--format must be text, json or junit for test</source>
        <translation>--format muss für test text, json oder junit sein</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Test each package in a scratch database: migrate, compare with its declared schema, roll back, migrate again; exit 1 when one fails.</source>
        <translation>Jedes Paket in einer Testdatenbank prüfen: migrieren, mit seinem deklarierten Schema vergleichen, zurücksetzen, erneut migrieren; Exit-Code 1, wenn eines fehlschlägt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The packages to test (default: all).</source>
        <translation>Die zu testenden Pakete (Vorgabe: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckPackageCommand.cpp" line="+30"/>
        <source>Another package folder of the application, where the checked package&apos;s dependencies are found (repeatable).</source>
        <translation>Ein weiterer Paketordner der Anwendung, in dem die Abhängigkeiten des geprüften Pakets gefunden werden (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the files the result depends on into FILE (Makefile syntax), for --depfile-target.</source>
        <translation>Die Dateien, von denen das Ergebnis abhängt, in DATEI schreiben (Makefile-Syntax), für --depfile-target.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The build output the depfile&apos;s rule names.</source>
        <translation>Die Build-Ausgabe, die die Regel der Depfile nennt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTPUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>cannot write the depfile &quot;%1&quot;: %2</source>
        <translation>Die Depfile „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check-package takes one package folder</source>
        <translation>check-package erwartet genau einen Paketordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--depfile and --depfile-target go together</source>
        <translation>--depfile und --depfile-target gehören zusammen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot check &quot;%1&quot;: it is not a folder</source>
        <translation>„%1“ kann nicht geprüft werden: es ist kein Ordner</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Check one package for a build system (strata_add_package runs it): findings as FILE:LINE:COLUMN lines; exit 1 on an error.</source>
        <translation>Ein Paket für ein Build-System prüfen (strata_add_package ruft es auf): Befunde als Zeilen DATEI:ZEILE:SPALTE; Exit-Code 1 bei einem Fehler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package&apos;s folder.</source>
        <translation>Der Ordner des Pakets.</translation>
    </message>
</context>
<context>
    <name>Strata::ColumnType</name>
    <message>
        <location filename="../core/model/ColumnType.cpp" line="+94"/>
        <source>The column type is empty.</source>
        <translation>Der Spaltentyp ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a column type: write a type name such as &quot;text&quot; or &quot;varchar(40)&quot;.</source>
        <translation>&quot;%1&quot; ist kein Spaltentyp: Schreiben Sie einen Typnamen wie &quot;text&quot; oder &quot;varchar(40)&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown column type &quot;%1&quot;.</source>
        <translation>Unbekannter Spaltentyp &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The type %1 needs a length, as in %1(40).</source>
        <translation>Der Typ %1 braucht eine Länge, wie in %1(40).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The type %1 takes exactly one parameter, its length.</source>
        <translation>Der Typ %1 hat genau einen Parameter, seine Länge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The length of %1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>Die Länge von %1 muss eine ganze Zahl sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The length of %1 must be at least 1.</source>
        <translation>Die Länge von %1 muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The length of %1 may be at most %2; use text for longer values.</source>
        <translation>Die Länge von %1 darf höchstens %2 sein; verwenden Sie text für längere Werte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The type numeric takes a precision and an optional scale, as in numeric(12, 2).</source>
        <translation>Der Typ numeric hat eine Genauigkeit und optional eine Anzahl Nachkommastellen, wie in numeric(12, 2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The precision of numeric must be a whole number, not &quot;%1&quot;.</source>
        <translation>Die Genauigkeit von numeric muss eine ganze Zahl sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The precision of numeric must be at least 1.</source>
        <translation>Die Genauigkeit von numeric muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The precision of numeric may be at most %1.</source>
        <translation>Die Genauigkeit von numeric darf höchstens %1 sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scale of numeric must be a whole number, not &quot;%1&quot;.</source>
        <translation>Die Anzahl der Nachkommastellen von numeric muss eine ganze Zahl sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scale of numeric (%1) may not exceed its precision (%2).</source>
        <translation>Die Anzahl der Nachkommastellen von numeric (%1) darf die Genauigkeit (%2) nicht übersteigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The type %1 takes no parameters.</source>
        <translation>Der Typ %1 hat keine Parameter.</translation>
    </message>
</context>
<context>
    <name>Strata::Connection</name>
    <message>
        <location filename="../core/migration/Connection.cpp" line="+53"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the database refused the statement without saying why</source>
        <translation>die Datenbank hat die Anweisung ohne Begründung abgelehnt</translation>
    </message>
</context>
<context>
    <name>Strata::DatabaseUrl</name>
    <message>
        <location filename="../core/migration/DatabaseUrl.cpp" line="+57"/>
        <source>the SQLite URL &quot;%1&quot; names no file</source>
        <translation>die SQLite-URL &quot;%1&quot; nennt keine Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL; write postgresql://USER@HOST:PORT/DB</source>
        <translation>&quot;%1&quot; ist keine gültige PostgreSQL-URL; schreiben Sie postgresql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown database URL &quot;%1&quot;: use sqlite:PATH, sqlite::memory: or postgresql://USER@HOST:PORT/DB</source>
        <translation>unbekannte Datenbank-URL &quot;%1&quot;: verwenden Sie sqlite:PATH, sqlite::memory: oder postgresql://USER@HOST:PORT/DB</translation>
    </message>
</context>
<context>
    <name>Strata::Diagnostic</name>
    <message numerus="yes">
        <location filename="../core/common/Diagnostic.cpp" line="+88"/>
        <source>%n more finding(s) [%1] in this file not listed (Strata lists the first %2 of a code in a file)</source>
        <translation>
            <numerusform>%n weiterer Befund [%1] in dieser Datei nicht aufgeführt (Strata führt die ersten %2 eines Codes je Datei auf)</numerusform>
            <numerusform>%n weitere Befunde [%1] in dieser Datei nicht aufgeführt (Strata führt die ersten %2 eines Codes je Datei auf)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fix the findings listed, then validate again to see the rest</source>
        <translation>die aufgeführten Befunde beheben und erneut prüfen, um die übrigen zu sehen</translation>
    </message>
</context>
<context>
    <name>Strata::DocsSite</name>
    <message>
        <location filename="../core/docs/DocsSite.cpp" line="+134"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 already holds files that Strata did not write, which the documentation would replace: %2. Choose an empty folder, or move them away.</source>
        <translation>%1 enthält bereits Dateien, die Strata nicht geschrieben hat und die die Dokumentation ersetzen würde: %2. Wählen Sie einen leeren Ordner, oder verschieben Sie sie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot remove the stale page %1.</source>
        <translation>Die veraltete Seite %1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Strata::FileWatcher</name>
    <message>
        <location filename="../core/reload/FileWatcher.cpp" line="+170"/>
        <source>the system&apos;s limit of file watches is reached (%1 paths not watched); Strata checks them once a second instead. Raise the limit with: sudo sysctl fs.inotify.max_user_watches=524288</source>
        <translation>das Systemlimit für Dateiüberwachungen ist erreicht (%1 Pfade werden nicht überwacht); Strata prüft sie stattdessen einmal pro Sekunde. Erhöhen Sie das Limit mit: sudo sysctl fs.inotify.max_user_watches=524288</translation>
    </message>
</context>
<context>
    <name>Strata::GraphLayout</name>
    <message>
        <location filename="../core/layout/GraphLayout.cpp" line="+364"/>
        <source>Graphviz could not lay out the graph: %1</source>
        <translation>Graphviz konnte den Graphen nicht anordnen: %1</translation>
    </message>
</context>
<context>
    <name>Strata::HtmlDocs</name>
    <message>
        <location filename="../core/docs/HtmlDiagrams.cpp" line="+59"/>
        <source>The packages and their dependencies</source>
        <translation>Die Pakete und ihre Abhängigkeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The tables of %1 and the tables they refer to</source>
        <translation>Die Tabellen von %1 und die Tabellen, auf die sie verweisen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 and the tables one foreign key away</source>
        <translation>%1 und die Tabellen einen Fremdschlüssel entfernt</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>+%n more table(s)</source>
        <translation>
            <numerusform>+%n weitere Tabelle</numerusform>
            <numerusform>+%n weitere Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/docs/HtmlDocs.cpp" line="+102"/>
        <location line="+6"/>
        <source>The documentation was cancelled.</source>
        <translation>Die Dokumentation wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/docs/HtmlPackagePage.cpp" line="+21"/>
        <source>no statements</source>
        <translation>keine Anweisungen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more statement(s)</source>
        <translation>
            <numerusform>und %n weitere Anweisung</numerusform>
            <numerusform>und %n weitere Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declared in %1</source>
        <translation>deklariert in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/docs/HtmlPages.cpp" line="+152"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other package.</source>
        <translation>Keinem anderen Paket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No documented package depends on this one.</source>
        <translation>Kein dokumentiertes Paket hängt von diesem ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/docs/HtmlPages.cpp" line="+1"/>
        <location line="+24"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/docs/HtmlPages.cpp" line="-25"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This package declares no table.</source>
        <translation>Dieses Paket deklariert keine Tabelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/docs/HtmlTablePage.cpp" line="+83"/>
        <location line="+45"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/docs/HtmlTablePage.cpp" line="-67"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This package has no migration.</source>
        <translation>Dieses Paket hat keine Migration.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can be rolled back</source>
        <translation>kann zurückgesetzt werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no down section</source>
        <translation>kein Down-Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runs outside a transaction</source>
        <translation>läuft außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign keys off while it runs (SQLite)</source>
        <translation>Fremdschlüssel während des Laufs aus (SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requires %1</source>
        <translation>erfordert %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Was sie tut</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/docs/HtmlTablePage.cpp" line="+22"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../core/docs/HtmlPage.cpp" line="+26"/>
        <source>en</source>
        <comment>the documentation&apos;s HTML language code</comment>
        <translation>de</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Breadcrumbs</source>
        <translation>Navigationspfad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search packages, tables, columns (/)</source>
        <translation>Pakete, Tabellen, Spalten suchen (/)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search packages, tables and columns</source>
        <translation>Pakete, Tabellen und Spalten suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated by Strata from the declared schema of %1.</source>
        <translation>Von Strata aus dem deklarierten Schema von %1 erzeugt.</translation>
    </message>
    <message>
        <location filename="../core/docs/HtmlPages.cpp" line="-66"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The declared schema of the project, as %1 creates it.</source>
        <translation>Das deklarierte Schema des Projekts, wie %1 es anlegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the project&apos;s %2 packages are documented here: the ones asked for and those they depend on.</source>
        <translation>%1 der %2 Pakete des Projekts sind hier dokumentiert: die angefragten und die, von denen sie abhängen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In dependency order: each package comes after those it depends on.</source>
        <translation>In Abhängigkeitsreihenfolge: Jedes Paket steht nach denen, von denen es abhängt.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/docs/HtmlTablePage.cpp" line="+60"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table name prefix</source>
        <translation>Präfix der Tabellennamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every table workspace-scoped unless global</source>
        <translation>Jede Tabelle an einen Arbeitsbereich gebunden, außer globalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table and column commented</source>
        <translation>Jede Tabelle und Spalte kommentiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace table</source>
        <translation>Tabelle der Arbeitsbereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks turned off</source>
        <translation>Abgeschaltete Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
    <message>
        <location filename="../core/docs/HtmlTablePage.cpp" line="-117"/>
        <source>on delete %1</source>
        <translation>beim Löschen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on update %1</source>
        <translation>beim Ändern %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Added by Strata: the workspace the row belongs to.</source>
        <translation>Von Strata hinzugefügt: der Arbeitsbereich, zu dem die Zeile gehört.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not null</source>
        <translation>nicht null</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+83"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Primary key:</source>
        <translation>Primärschlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added by Strata</source>
        <translation>von Strata hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique constraints</source>
        <translation>Eindeutigkeitsbedingungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>Prüfbedingungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A table of the package</source>
        <translation>Eine Tabelle des Pakets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declared in</source>
        <translation>deklariert in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace-scoped: every row belongs to a workspace, through its column %1 that refers to %2.</source>
        <translation>An Arbeitsbereiche gebunden: Jede Zeile gehört zu einem Arbeitsbereich, über ihre Spalte %1, die auf %2 verweist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global: shared by every workspace.</source>
        <translation>Global: von allen Arbeitsbereichen geteilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scoped to a workspace.</source>
        <translation>Nicht an einen Arbeitsbereich gebunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referenced by</source>
        <translation>Referenziert von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No documented table refers to this one.</source>
        <translation>Keine dokumentierte Tabelle verweist auf diese.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the primary key</source>
        <translation>den Primärschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refers to</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Neighbourhood</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>Strata::Json</name>
    <message>
        <location filename="../core/json/JsonDocument.cpp" line="+208"/>
        <source>unexpected end of file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>ungültiges UTF-8-Byte 0x%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the JSON is nested deeper than %1 levels</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>trailing comma before &apos;]&apos;</source>
        <translation>überzähliges Komma vor &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trailing comma before &apos;}&apos;</source>
        <translation>überzähliges Komma vor &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>invalid literal; expected %1</source>
        <translation>ungültiges Literal; erwartet: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossener String</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>control character U+%1 in a string; write it as an escape sequence such as \u%1</source>
        <translation>Steuerzeichen U+%1 in einem String; schreiben Sie es als Escape-Sequenz wie \u%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>invalid \u escape; expected four hexadecimal digits</source>
        <translation>ungültiges \u-Escape; erwartet werden vier Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lone low surrogate \u%1 in a string</source>
        <translation>einzelnes Low-Surrogate \u%1 in einem String</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lone high surrogate \u%1 in a string; it must be followed by a low surrogate escape</source>
        <translation>einzelnes High-Surrogate \u%1 in einem String; darauf muss ein Low-Surrogate-Escape folgen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid escape sequence \%1 in a string</source>
        <translation>ungültige Escape-Sequenz \%1 in einem String</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unexpected character %1 in a number; expected a digit after &apos;-&apos;</source>
        <translation>unerwartetes Zeichen %1 in einer Zahl; nach &apos;-&apos; wird eine Ziffer erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number must not start with 0 unless it is 0</source>
        <translation>eine Zahl darf nur mit 0 beginnen, wenn sie 0 ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected character %1 in a number; expected a digit after the decimal point</source>
        <translation>unerwartetes Zeichen %1 in einer Zahl; nach dem Dezimalpunkt wird eine Ziffer erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected character %1 in a number; expected a digit in the exponent</source>
        <translation>unerwartetes Zeichen %1 in einer Zahl; im Exponenten wird eine Ziffer erwartet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the number is too large</source>
        <translation>die Zahl ist zu groß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected character %1; expected a value</source>
        <translation>unerwartetes Zeichen %1; erwartet wird ein Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected character %1; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>unerwartetes Zeichen %1; erwartet wird &apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected character %1; expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>unerwartetes Zeichen %1; erwartet wird &apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected character %1; expected a key in double quotes</source>
        <translation>unerwartetes Zeichen %1; erwartet wird ein Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected character %1; expected &apos;:&apos;</source>
        <translation>unerwartetes Zeichen %1; erwartet wird &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected character %1 after the end of the JSON value</source>
        <translation>unerwartetes Zeichen %1 nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>Strata::Loader</name>
    <message>
        <location filename="../core/loading/PackageLoader.cpp" line="+85"/>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace it with a regular file</source>
        <translation>ersetzen Sie es durch eine reguläre Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>check that the file exists and is readable</source>
        <translation>prüfen Sie, ob die Datei existiert und lesbar ist</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 is %2 MB, more than the %3 MB Strata reads</source>
        <translation>%1 ist %2 MB groß, mehr als die %3 MB, die Strata einliest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>split the package, or check that this is the file you meant</source>
        <translation>teilen Sie das Paket auf, oder prüfen Sie, ob dies die gemeinte Datei ist</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>fix the JSON syntax of database.json</source>
        <translation>korrigieren Sie die JSON-Syntax von database.json</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>a package name (a string)</source>
        <translation>ein Paketname (ein String)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a version range (a string)</source>
        <translation>ein Versionsbereich (ein String)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array of package names or an object of names and version ranges</source>
        <translation>ein Array von Paketnamen oder ein Objekt aus Namen und Versionsbereichen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fix the JSON syntax of package.json</source>
        <translation>korrigieren Sie die JSON-Syntax von package.json</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table &quot;%1&quot;</source>
        <translation>Tabelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+8"/>
        <source>a column of table &quot;%1&quot;</source>
        <translation>eine Spalte der Tabelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>column &quot;%1.%2&quot;</source>
        <translation>Spalte &quot;%1.%2&quot;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unknown dialect &quot;%1&quot; in the type of %2</source>
        <translation>unbekannter Dialekt &quot;%1&quot; im Typ von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the keys &quot;sqlite&quot; and &quot;postgresql&quot;</source>
        <translation>verwenden Sie die Schlüssel &quot;sqlite&quot; und &quot;postgresql&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a native type name (a string)</source>
        <translation>ein nativer Typname (ein String)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a type name or an object of native types by dialect</source>
        <translation>ein Typname oder ein Objekt mit nativen Typen je Dialekt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the reference of %1</source>
        <translation>der Verweis von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an index of table &quot;%1&quot;</source>
        <translation>ein Index der Tabelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a unique constraint of table &quot;%1&quot;</source>
        <translation>eine Eindeutigkeitsbedingung der Tabelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an array of column names</source>
        <translation>ein Array von Spaltennamen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a column name (a string)</source>
        <translation>ein Spaltenname (ein String)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>a check of table &quot;%1&quot;</source>
        <translation>eine Prüfbedingung der Tabelle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;migrations&quot; must be a folder name (a string), not %1</source>
        <translation>&quot;migrations&quot; muss ein Ordnername (ein String) sein, ist aber %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the folder, e.g. &quot;migrations&quot;</source>
        <translation>geben Sie den Ordner an, z. B. &quot;migrations&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the migrations folder &quot;%1&quot; does not exist</source>
        <translation>der Migrationsordner &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create the folder or correct &quot;migrations&quot;</source>
        <translation>legen Sie den Ordner an oder korrigieren Sie &quot;migrations&quot;</translation>
    </message>
    <message>
        <location filename="../core/loading/JsonObjectReader.cpp" line="+40"/>
        <source>%1 has the key &quot;%2&quot; twice; the last one is used</source>
        <translation>%1 enthält den Schlüssel &quot;%2&quot; zweimal; der letzte gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove one of the two &quot;%1&quot; keys</source>
        <translation>entfernen Sie einen der beiden Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove it; %1 takes: %2</source>
        <translation>entfernen Sie ihn; %1 erlaubt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean &quot;%1&quot;?</source>
        <translation>meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>%2 enthält den unbekannten Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; of %2 must be %3, not %4</source>
        <translation>%2: &quot;%1&quot; muss %3 sein, ist aber %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write &quot;%1&quot; as %2</source>
        <translation>korrigieren Sie &quot;%1&quot;: erwartet wird %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 hat kein &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add &quot;%1&quot; to %2</source>
        <translation>%2: fügen Sie &quot;%1&quot; hinzu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the items of &quot;%1&quot; in %2 must be strings, not %3</source>
        <translation>%2: die Einträge von &quot;%1&quot; müssen Strings sein, dieser ist %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write each item of &quot;%1&quot; as a string</source>
        <translation>schreiben Sie jeden Eintrag von &quot;%1&quot; als String</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be an object, not %2</source>
        <translation>%1 muss ein Objekt sein, ist aber %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write %1 as a JSON object { ... }</source>
        <translation>schreiben Sie %1 als JSON-Objekt { ... }</translation>
    </message>
</context>
<context>
    <name>Strata::MarkdownDocs</name>
    <message>
        <location filename="../core/docs/MarkdownDiagrams.cpp" line="+95"/>
        <source>This diagram would be longer than Mermaid accepts (%1 characters), so it is split by package into the diagrams below.</source>
        <translation>Dieses Diagramm wäre länger, als Mermaid annimmt (%1 Zeichen), und ist daher nach Paketen auf die Diagramme unten aufgeteilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This diagram would be longer than Mermaid accepts (%1 characters), so it is drawn in the parts below.</source>
        <translation>Dieses Diagramm wäre länger, als Mermaid annimmt (%1 Zeichen), und wird daher in den Teilen unten gezeichnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2:</source>
        <translation>%1 bis %2:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, part %2 of %3:</source>
        <translation>%1, Teil %2 von %3:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drawn without their columns, which alone exceed the limit: %1.</source>
        <translation>Ohne ihre Spalten gezeichnet, die allein die Grenze überschreiten: %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No packages.</source>
        <translation>Keine Pakete.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tables.</source>
        <translation>Keine Tabellen.</translation>
    </message>
    <message>
        <location filename="../core/docs/MarkdownDocs.cpp" line="+31"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/docs/MarkdownProjectPage.cpp" line="+51"/>
        <location filename="../core/docs/MarkdownTablePage.cpp" line="+144"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The documentation was cancelled.</source>
        <translation>Die Dokumentation wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/docs/MarkdownPackagePage.cpp" line="+29"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../core/docs/MarkdownTablePage.cpp" line="+0"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/docs/MarkdownTablePage.cpp" line="-35"/>
        <location line="+65"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/docs/MarkdownTablePage.cpp" line="-84"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>C++</source>
        <translation>C++</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/docs/MarkdownTablePage.cpp" line="-6"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/docs/MarkdownTablePage.cpp" line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/docs/MarkdownProjectPage.cpp" line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Was sie tut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version %1.</source>
        <translation>Version %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered in C++.</source>
        <translation>In C++ registriert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/docs/MarkdownTablePage.cpp" line="+83"/>
        <source>Declared in %1.</source>
        <translation>Deklariert in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of %1.</source>
        <translation>Teil von %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/docs/MarkdownProjectPage.cpp" line="+66"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/docs/MarkdownProjectPage.cpp" line="-66"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/docs/MarkdownTablePage.cpp" line="+14"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/docs/MarkdownProjectPage.cpp" line="+1"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/docs/MarkdownProjectPage.cpp" line="-1"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/docs/MarkdownProjectPage.cpp" line="-24"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Only the chosen packages and what they depend on are documented here, of %n package(s) in the project.</source>
        <translation>
            <numerusform>Dokumentiert sind nur die gewählten Pakete und wovon sie abhängen, von %n Paket im Projekt.</numerusform>
            <numerusform>Dokumentiert sind nur die gewählten Pakete und wovon sie abhängen, von %n Paketen im Projekt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dialect: %1.</source>
        <translation>Dialekt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every table name starts with %1.</source>
        <translation>Jeder Tabellenname beginnt mit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every table is workspace-scoped (a %1 column referencing %2), unless it is marked global.</source>
        <translation>Jede Tabelle gehört zu Arbeitsbereichen (eine Spalte %1, die auf %2 verweist), außer sie ist als global markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace-scoped tables reference %1.</source>
        <translation>Tabellen mit Arbeitsbereich verweisen auf %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every table and column has a comment.</source>
        <translation>Jede Tabelle und Spalte hat einen Kommentar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Findings turned off: %1.</source>
        <translation>Abgeschaltete Befunde: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The declared schema of this project, written by %1 (the column types as %2 names them).</source>
        <translation>Das deklarierte Schema dieses Projekts, geschrieben von %1 (die Spaltentypen, wie %2 sie nennt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In dependency order: each package comes after the packages it depends on.</source>
        <translation>In Abhängigkeitsreihenfolge: jedes Paket steht nach den Paketen, von denen es abhängt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../core/docs/MarkdownTablePage.cpp" line="-149"/>
        <source>on delete %1</source>
        <translation>beim Löschen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on update %1</source>
        <translation>beim Ändern %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>FK</source>
        <translation>FK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added by Strata: the workspace the row belongs to.</source>
        <translation>Von Strata hinzugefügt: der Arbeitsbereich, zu dem die Zeile gehört.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of %1.</source>
        <translation>Einer von %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+55"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary key: %1.</source>
        <translation>Primärschlüssel: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No primary key.</source>
        <translation>Kein Primärschlüssel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>added by Strata</source>
        <translation>von Strata hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No documented table references this one.</source>
        <translation>Keine dokumentierte Tabelle verweist auf diese.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace-scoped: every row belongs to one workspace (column %1, referencing %2).</source>
        <translation>Mit Arbeitsbereich: jede Zeile gehört zu einem Arbeitsbereich (Spalte %1, verweist auf %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global: shared by every workspace (exempt from the workspace rule).</source>
        <translation>Global: von allen Arbeitsbereichen geteilt (von der Arbeitsbereichsregel ausgenommen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not workspace-scoped.</source>
        <translation>Ohne Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Table of %1.</source>
        <translation>Tabelle von %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Formerly %1.</source>
        <translation>Früher %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referenced by</source>
        <translation>Verwiesen von</translation>
    </message>
</context>
<context>
    <name>Strata::MigratedSchema</name>
    <message>
        <location filename="../core/diff/MigratedSchema.cpp" line="+61"/>
        <source>C++ migration</source>
        <translation>C++-Migration</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>the scratch database %1 is not %2, the project&apos;s dialect</source>
        <translation>die Wegwerf-Datenbank %1 ist nicht %2, der Dialekt des Projekts</translation>
    </message>
    <message>
        <location filename="../core/diff/SqliteSegmentedReplay.cpp" line="+425"/>
        <source>cannot seed the replay: %1</source>
        <translation>die Wiedergabe kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot seed %1 %2 for the replay: %3</source>
        <translation>%1 %2 kann für die Wiedergabe nicht angelegt werden: %3</translation>
    </message>
</context>
<context>
    <name>Strata::MigrationFile</name>
    <message>
        <location filename="../core/loading/MigrationFile.cpp" line="+315"/>
        <source>Migration %1 has a second &quot;%2&quot; section</source>
        <translation>Migration %1 hat einen zweiten Abschnitt &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge both sections into one: a migration has one up section and at most one down section.</source>
        <translation>Führen Sie beide Abschnitte zusammen: Eine Migration hat einen up-Abschnitt und höchstens einen down-Abschnitt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Malformed requirement &quot;%1&quot; in migration %2: expected &lt;package&gt;:&lt;migration id&gt;</source>
        <translation>Fehlerhafte Voraussetzung &quot;%1&quot; in Migration %2: erwartet wird &lt;package&gt;:&lt;migration id&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write &quot;-- strata:requires &lt;package&gt;:&lt;migration id&gt;&quot;, for example &quot;-- strata:requires @acme/core:0001_init&quot;.</source>
        <translation>Schreiben Sie &quot;-- strata:requires &lt;package&gt;:&lt;migration id&gt;&quot;, zum Beispiel &quot;-- strata:requires @acme/core:0001_init&quot;.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Malformed directive &quot;%1&quot; in migration %2: expected &quot;-- strata:foreign-keys off&quot;</source>
        <translation>Fehlerhafte Direktive &quot;%1&quot; in Migration %2: erwartet wird &quot;-- strata:foreign-keys off&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write &quot;-- strata:foreign-keys off&quot; for a migration that rebuilds tables, or remove the line: foreign keys are on otherwise.</source>
        <translation>Schreiben Sie &quot;-- strata:foreign-keys off&quot; für eine Migration, die Tabellen neu aufbaut, oder entfernen Sie die Zeile: sonst sind Fremdschlüssel an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Migration %1 turns foreign keys off but runs without a transaction</source>
        <translation>Migration %1 schaltet Fremdschlüssel aus, läuft aber ohne Transaktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove &quot;-- strata:no-transaction&quot; or &quot;-- strata:foreign-keys off&quot;: the foreign keys are checked before the migration&apos;s transaction commits.</source>
        <translation>Entfernen Sie &quot;-- strata:no-transaction&quot; oder &quot;-- strata:foreign-keys off&quot;: die Fremdschlüssel werden vor dem Commit der Transaktion der Migration geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;-- strata:foreign-keys off&quot; in migration %1 does nothing on PostgreSQL</source>
        <translation>&quot;-- strata:foreign-keys off&quot; in Migration %1 bewirkt unter PostgreSQL nichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the line: it is for SQLite&apos;s table rebuilds, and PostgreSQL keeps its constraints on.</source>
        <translation>Entfernen Sie die Zeile: sie ist für den Neuaufbau von Tabellen unter SQLite gedacht, und PostgreSQL lässt seine Constraints an.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown directive &quot;%1&quot; in migration %2</source>
        <translation>Unbekannte Direktive &quot;%1&quot; in Migration %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown directive &quot;%1&quot; in migration %2; did you mean &quot;%3&quot;?</source>
        <translation>Unbekannte Direktive &quot;%1&quot; in Migration %2; meinten Sie &quot;%3&quot;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use one of strata:up, strata:down, strata:requires, strata:no-transaction and strata:foreign-keys, or write the comment without &quot;strata:&quot;.</source>
        <translation>Verwenden Sie strata:up, strata:down, strata:requires, strata:no-transaction oder strata:foreign-keys, oder schreiben Sie den Kommentar ohne &quot;strata:&quot;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Migration %1 has SQL before its &quot;-- strata:up&quot; line</source>
        <translation>Migration %1 enthält SQL vor ihrer Zeile &quot;-- strata:up&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the statements below &quot;-- strata:up&quot;; only comments and strata directives may come before it.</source>
        <translation>Verschieben Sie die Anweisungen unter &quot;-- strata:up&quot;; davor dürfen nur Kommentare und strata-Direktiven stehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Syntax error in the %1 section of migration %2: %3</source>
        <translation>Syntaxfehler im %1-Abschnitt der Migration %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the statement at this position so that it is valid %1 SQL.</source>
        <translation>Korrigieren Sie die Anweisung an dieser Stelle, sodass sie gültiges %1-SQL ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The up section of migration %1 has no statements</source>
        <translation>Der up-Abschnitt der Migration %1 enthält keine Anweisungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the statements that apply the migration below &quot;-- strata:up&quot;, or delete the file.</source>
        <translation>Fügen Sie unter &quot;-- strata:up&quot; die Anweisungen ein, die die Migration anwenden, oder löschen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Migration file name %1 does not start with a number</source>
        <translation>Der Name der Migrationsdatei %1 beginnt nicht mit einer Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename the file so that it starts with its sequence number, for example 0001_create_users.sql.</source>
        <translation>Benennen Sie die Datei so um, dass sie mit ihrer laufenden Nummer beginnt, zum Beispiel 0001_create_users.sql.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Migration %1 has no &quot;-- strata:up&quot; section</source>
        <translation>Migration %1 hat keinen Abschnitt &quot;-- strata:up&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a line &quot;-- strata:up&quot; above the statements that apply the migration.</source>
        <translation>Fügen Sie über den Anweisungen, die die Migration anwenden, eine Zeile &quot;-- strata:up&quot; ein.</translation>
    </message>
    <message>
        <location filename="../core/loading/MigrationFileReading.cpp" line="+109"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read migration file %1: %2</source>
        <translation>Migrationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migration file %1 is larger than 16 MB</source>
        <translation>Migrationsdatei %1 ist größer als 16 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split the migration into several smaller files.</source>
        <translation>Teilen Sie die Migration auf mehrere kleinere Dateien auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Migration file %1 is not valid UTF-8</source>
        <translation>Migrationsdatei %1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the file with UTF-8 encoding.</source>
        <translation>Speichern Sie die Datei in UTF-8-Kodierung.</translation>
    </message>
</context>
<context>
    <name>Strata::MigrationGenerator</name>
    <message>
        <location filename="../core/diff/MigrationGenerator.cpp" line="+36"/>
        <source>Run strata generate with --allow-destructive to write it anyway, or change database.json back (a rename is written with &quot;renamedFrom&quot;).</source>
        <translation>Führen Sie strata generate mit --allow-destructive aus, um sie trotzdem zu schreiben, oder machen Sie die Änderung in database.json rückgängig (eine Umbenennung schreibt man mit &quot;renamedFrom&quot;).</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Table %1 would be dropped, with its rows.</source>
        <translation>Tabelle %1 würde mitsamt ihren Zeilen entfernt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Column %1.%2 would be dropped, with its values.</source>
        <translation>Spalte %1.%2 würde mitsamt ihren Werten entfernt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column %1.%2 is added NOT NULL without a default to a table that may hold rows.</source>
        <translation>Spalte %1.%2 wird als NOT NULL ohne Vorgabewert zu einer Tabelle hinzugefügt, die Zeilen enthalten kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a default, or add it nullable, backfill it, then make it NOT NULL.</source>
        <translation>Geben Sie ihr einen Vorgabewert, oder fügen Sie sie NULL-fähig hinzu, füllen Sie sie nach und machen Sie sie dann NOT NULL.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column %1.%2 would change type from %3 to %4, which may not hold every value.</source>
        <translation>Spalte %1.%2 würde den Typ von %3 zu %4 ändern, der vielleicht nicht jeden Wert aufnimmt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Column %1.%2 would no longer allow the values %3.</source>
        <translation>Spalte %1.%2 würde die Werte %3 nicht mehr zulassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+475"/>
        <source>Package %1 has %n error(s) in its declarations.</source>
        <translation>
            <numerusform>Paket %1 hat %n Fehler in seinen Deklarationen.</numerusform>
            <numerusform>Paket %1 hat %n Fehler in seinen Deklarationen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix what strata validate (or the Problems list) reports first.</source>
        <translation>Beheben Sie zuerst, was strata validate (oder die Problemliste) meldet.</translation>
    </message>
</context>
<context>
    <name>Strata::MigrationGraph</name>
    <message>
        <location filename="../core/registry/MigrationGraph.cpp" line="+196"/>
        <source>migrations depend on each other in a cycle: %1</source>
        <translation>Migrationen hängen zyklisch voneinander ab: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove one of the &quot;-- strata:requires&quot; lines on the cycle</source>
        <translation>entfernen Sie eine der Zeilen &quot;-- strata:requires&quot; im Zyklus</translation>
    </message>
</context>
<context>
    <name>Strata::MigrationRunner</name>
    <message>
        <location filename="../core/migration/MigrationRunner.cpp" line="+177"/>
        <source>cannot copy %1 for the dry run: %2</source>
        <translation>%1 kann für den Probelauf nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>another migration runner holds the lock of %1; waited %2 s (--lock-timeout)</source>
        <translation>ein anderer Migrationsprozess hält die Sperre von %1; %2 s gewartet (--lock-timeout)</translation>
    </message>
    <message>
        <location line="+315"/>
        <source>cannot create the history table strata_migrations: %1</source>
        <translation>die Historientabelle strata_migrations kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>cannot read the history table strata_migrations: %1</source>
        <translation>die Historientabelle strata_migrations kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>foreign key violated: row %1 of table %2 references a row of %3 that does not exist (PRAGMA foreign_key_check)</source>
        <translation>Fremdschlüssel verletzt: Zeile %1 der Tabelle %2 verweist auf eine Zeile von %3, die es nicht gibt (PRAGMA foreign_key_check)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more violation(s)</source>
        <translation>
            <numerusform>und %n weitere Verletzung</numerusform>
            <numerusform>und %n weitere Verletzungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+219"/>
        <source>the migration&apos;s code reported a failure</source>
        <translation>der Code der Migration hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot write the history row: %1</source>
        <translation>die Historienzeile kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Strata::MigrationSummary</name>
    <message>
        <location filename="../core/docs/MigrationSummary.cpp" line="+47"/>
        <source>creates an index on %1</source>
        <translation>legt einen Index auf %1 an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates index %1 on %2</source>
        <translation>legt Index %1 auf %2 an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>creates table %1</source>
        <translation>legt Tabelle %1 an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>creates view %1</source>
        <translation>legt Sicht %1 an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>creates trigger %1</source>
        <translation>legt Trigger %1 an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creates %1 %2</source>
        <translation>legt %1 %2 an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drops table %1</source>
        <translation>löscht Tabelle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drops index %1</source>
        <translation>löscht Index %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drops %1 %2</source>
        <translation>löscht %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>adds constraint %1 to %2</source>
        <translation>fügt %2 die Einschränkung %1 hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adds a constraint to %1</source>
        <translation>fügt %1 eine Einschränkung hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adds column %1.%2</source>
        <translation>fügt Spalte %1.%2 hinzu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drops constraint %1 from %2</source>
        <translation>löscht Einschränkung %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drops column %1.%2</source>
        <translation>löscht Spalte %1.%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>renames table %1 to %2</source>
        <translation>benennt Tabelle %1 in %2 um</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>renames column %1.%2 to %3</source>
        <translation>benennt Spalte %1.%2 in %3 um</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changes column %1.%2</source>
        <translation>ändert Spalte %1.%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>alters table %1</source>
        <translation>ändert Tabelle %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>inserts rows into %1</source>
        <translation>fügt Zeilen in %1 ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updates rows of %1</source>
        <translation>ändert Zeilen von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deletes rows from %1</source>
        <translation>löscht Zeilen aus %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deletes every row of %1</source>
        <translation>löscht jede Zeile von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>runs a %1 statement</source>
        <translation>führt eine %1-Anweisung aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>runs C++ code</source>
        <translation>führt C++-Code aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>runs no statement</source>
        <translation>führt keine Anweisung aus</translation>
    </message>
</context>
<context>
    <name>Strata::Migrations</name>
    <message>
        <location filename="../core/migration/MigrationQueries.cpp" line="+33"/>
        <source>the project&apos;s migrations are written for %1, but %2 is a %3 database</source>
        <translation>die Migrationen des Projekts sind für %1 geschrieben, aber %2 ist eine %3-Datenbank</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>cannot read the history of %1: %2</source>
        <translation>die Migrationshistorie von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migration/RunText.cpp" line="+33"/>
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 non-null value(s)</source>
        <translation>
            <numerusform>%1 Wert ungleich NULL</numerusform>
            <numerusform>%1 Werte ungleich NULL</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2 failed at statement %3 (%4): %5</source>
        <translation>%1:%2 ist bei Anweisung %3 (%4) fehlgeschlagen: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:%2 failed: %3</source>
        <translation>%1:%2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database already has objects that this migration creates. If another tool created them, check with &apos;strata diff --database URL&apos; and record the migrations as applied with &apos;strata baseline&apos;.</source>
        <translation>Die Datenbank hat schon Objekte, die diese Migration anlegt. Hat ein anderes Werkzeug sie angelegt, prüfen Sie das mit &apos;strata diff --database URL&apos; und vermerken Sie die Migrationen mit &apos;strata baseline&apos; als angewendet.</translation>
    </message>
</context>
<context>
    <name>Strata::PackageTest</name>
    <message>
        <location filename="../core/testing/Fixture.cpp" line="+34"/>
        <source>cannot read the fixture: %1</source>
        <translation>die Fixture kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a fixture says after which migration it loads once</source>
        <translation>eine Fixture sagt nur einmal, nach welcher Migration sie geladen wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no migration %1 in package %2</source>
        <translation>keine Migration %1 im Paket %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>syntax error in the fixture: %1</source>
        <translation>Syntaxfehler in der Fixture: %1</translation>
    </message>
    <message>
        <location filename="../core/testing/PackageTester.cpp" line="+59"/>
        <source>%1 failed at statement %2: %3</source>
        <translation>%1 ist bei Anweisung %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>its migrations do not apply</source>
        <translation>seine Migrationen lassen sich nicht anwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the round trip stops at a migration without a down section</source>
        <translation>der Hin- und Rückweg endet an einer Migration ohne Down-Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rollback failed</source>
        <translation>das Zurücksetzen ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its migrations do not apply again</source>
        <translation>seine Migrationen lassen sich nicht erneut anwenden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n fixture row(s) kept</source>
        <translation>
            <numerusform>%n Fixture-Zeile erhalten</numerusform>
            <numerusform>%n Fixture-Zeilen erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>after migration %1</source>
        <translation>nach Migration %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the fixture does not load: %1</source>
        <translation>die Fixture lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>row %1 of table %2 is gone %3</source>
        <translation>Zeile %1 der Tabelle %2 ist verschwunden, %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>migration %1 has no down section: not reversible</source>
        <translation>Migration %1 hat keinen Down-Abschnitt: nicht umkehrbar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>after rolling back migration %1</source>
        <translation>nach dem Zurücksetzen der Migration %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>table %1 is still there after the rollback</source>
        <translation>Tabelle %1 ist nach dem Zurücksetzen noch da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table %1 of a dependency is gone after the rollback</source>
        <translation>Tabelle %1 einer Abhängigkeit ist nach dem Zurücksetzen verschwunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dependencies&apos; schema changed: %1</source>
        <translation>das Schema der Abhängigkeiten hat sich geändert: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Table %1 exists but is not declared.</source>
        <translation>Tabelle %1 existiert, ist aber nicht deklariert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../core/testing/PackageTestResult.cpp" line="+34"/>
        <source>migrate</source>
        <translation>migrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema matches the declaration</source>
        <translation>Schema entspricht der Deklaration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rollback</source>
        <translation>zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>migrate again</source>
        <translation>erneut migrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema matches again</source>
        <translation>Schema entspricht erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixtures</source>
        <translation>Fixtures</translation>
    </message>
</context>
<context>
    <name>Strata::Plan</name>
    <message>
        <location filename="../core/migration/DestructiveStatements.cpp" line="+46"/>
        <source>drops table %1 and all its rows</source>
        <translation>löscht die Tabelle %1 mit allen ihren Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>drops index %1</source>
        <translation>löscht den Index %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>deletes every row of table %1</source>
        <translation>löscht alle Zeilen der Tabelle %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>drops column %1.%2 and its values</source>
        <translation>löscht die Spalte %1.%2 mit ihren Werten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>changes the type of %1.%2 to %3; values that do not fit are lost or stop the migration</source>
        <translation>ändert den Typ von %1.%2 in %3; Werte, die nicht passen, gehen verloren oder brechen die Migration ab</translation>
    </message>
    <message>
        <location filename="../core/migration/Plan.cpp" line="+112"/>
        <source>%1 was changed after it was applied (%2); check the change, then run &apos;strata repair&apos;</source>
        <translation>%1 wurde nach dem Anwenden geändert (%2); prüfen Sie die Änderung und führen Sie dann &apos;strata repair&apos; aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was applied but its file is gone; restore it, or run &apos;strata repair&apos; to forget it</source>
        <translation>%1 wurde angewendet, aber ihre Datei fehlt; stellen Sie sie wieder her, oder führen Sie &apos;strata repair&apos; aus, um die Migration zu vergessen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no migration %1 in the project</source>
        <translation>keine Migration %1 im Projekt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 has no down section; add &quot;-- strata:down&quot; with the SQL that undoes it</source>
        <translation>%1 hat keinen down-Abschnitt; fügen Sie &quot;-- strata:down&quot; mit dem SQL hinzu, das sie rückgängig macht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot roll back %1: %2 is applied and depends on it; roll that back first</source>
        <translation>%1 kann nicht zurückgesetzt werden: %2 ist angewendet und hängt davon ab; setzen Sie zuerst diese zurück</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was applied but its file is gone, so its down section is unknown; restore the file</source>
        <translation>%1 wurde angewendet, aber ihre Datei fehlt, daher ist ihr down-Abschnitt unbekannt; stellen Sie die Datei wieder her</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not an applied migration; name one as PACKAGE:ID</source>
        <translation>%1 ist keine angewendete Migration; geben Sie eine als PACKAGE:ID an</translation>
    </message>
</context>
<context>
    <name>Strata::Plugins</name>
    <message>
        <location filename="../core/registration/PluginLoader.cpp" line="+117"/>
        <source>packageName &quot;%1&quot; (the code registers &quot;%2&quot;)</source>
        <translation>packageName &quot;%1&quot; (der Code registriert &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version &quot;%1&quot; (the code registers &quot;%2&quot;)</source>
        <translation>version &quot;%1&quot; (der Code registriert &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dependencies [%1] (the code registers [%2])</source>
        <translation>dependencies [%1] (der Code registriert [%2])</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is no Qt plugin: %2</source>
        <translation>%1 ist kein Qt-Plugin: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep only package plugins in the plugins folders, or rebuild this one</source>
        <translation>legen Sie nur Paket-Plugins in die Plugin-Ordner, oder bauen Sie dieses neu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was built for Strata&apos;s package plugin interface %2; this Strata loads %3</source>
        <translation>%1 wurde für Stratas Paket-Plugin-Schnittstelle %2 gebaut; dieses Strata lädt %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a Qt plugin of &quot;%2&quot;, not a Strata package plugin</source>
        <translation>%1 ist ein Qt-Plugin von &quot;%2&quot;, kein Strata-Paket-Plugin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rebuild the plugin against this Strata, or move it out of the plugins folder</source>
        <translation>bauen Sie das Plugin gegen dieses Strata neu, oder nehmen Sie es aus dem Plugin-Ordner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot copy %1 to load it: %2</source>
        <translation>%1 kann zum Laden nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the temporary folder&apos;s free space and permissions</source>
        <translation>prüfen Sie freien Platz und Rechte des temporären Ordners</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its object does not implement Strata::PackagePlugin</source>
        <translation>sein Objekt implementiert Strata::PackagePlugin nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot load the plugin %1: %2</source>
        <translation>das Plugin %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rebuild the plugin against this Strata and the Qt it uses</source>
        <translation>bauen Sie das Plugin gegen dieses Strata und sein Qt neu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the metadata of the plugin %1 says %2</source>
        <translation>die Metadaten des Plugins %1 nennen %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build the plugin with strata_add_package_plugin, which writes its metadata from the same values, and keep them equal to what the code registers</source>
        <translation>bauen Sie das Plugin mit strata_add_package_plugin, das seine Metadaten aus denselben Werten schreibt, und halten Sie sie gleich dem, was der Code registriert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the plugins folder %1 does not exist</source>
        <translation>der Plugin-Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build the plugins into it, or correct the folder in &quot;plugins&quot;</source>
        <translation>bauen Sie die Plugins dorthin, oder korrigieren Sie den Ordner in &quot;plugins&quot;</translation>
    </message>
</context>
<context>
    <name>Strata::PostgresDdlInterpreter</name>
    <message>
        <location filename="../core/diff/PostgresDdlInterpreter.cpp" line="+140"/>
        <location line="+9"/>
        <source>Syntax error: %1.</source>
        <translation>Syntaxfehler: %1.</translation>
    </message>
    <message>
        <location filename="../core/diff/PostgresDdlObjects.cpp" line="+57"/>
        <source>Index %1 belongs to a constraint of the same name: drop the constraint instead.</source>
        <translation>Index %1 gehört zu einer gleichnamigen Bedingung: Entfernen Sie stattdessen die Bedingung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+80"/>
        <source>Index %1 does not exist.</source>
        <translation>Index %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Cannot drop type %1: column %2.%3 uses it (use CASCADE).</source>
        <translation>Typ %1 kann nicht entfernt werden: Spalte %2.%3 verwendet ihn (CASCADE verwenden).</translation>
    </message>
    <message>
        <location filename="../core/diff/PostgresDdlConstraints.cpp" line="+91"/>
        <location filename="../core/diff/PostgresDdlObjects.cpp" line="+38"/>
        <location line="+67"/>
        <location line="+46"/>
        <location line="+53"/>
        <source>A table or index named %1 already exists.</source>
        <translation>Eine Tabelle oder ein Index namens %1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/diff/PostgresDdlObjects.cpp" line="-126"/>
        <location line="+195"/>
        <source>Type %1 already exists.</source>
        <translation>Typ %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+78"/>
        <location line="+71"/>
        <location filename="../core/diff/PostgresDdlTables.cpp" line="+243"/>
        <location line="+37"/>
        <source>Table %1 does not exist.</source>
        <translation>Tabelle %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/diff/PostgresDdlConstraints.cpp" line="-46"/>
        <location filename="../core/diff/PostgresDdlObjects.cpp" line="-126"/>
        <location line="+73"/>
        <location line="+66"/>
        <location filename="../core/diff/PostgresDdlTables.cpp" line="-74"/>
        <location line="+164"/>
        <source>Column %1 of table %2 does not exist.</source>
        <translation>Spalte %1 der Tabelle %2 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/diff/PostgresDdlObjects.cpp" line="-136"/>
        <location filename="../core/diff/PostgresDdlTables.cpp" line="-225"/>
        <source>Column %1 of table %2 already exists.</source>
        <translation>Spalte %1 der Tabelle %2 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/diff/PostgresDdlConstraints.cpp" line="-6"/>
        <location filename="../core/diff/PostgresDdlObjects.cpp" line="+19"/>
        <source>Constraint %1 of table %2 already exists.</source>
        <translation>Bedingung %1 der Tabelle %2 existiert bereits.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Table %1 has no unique index %2.</source>
        <translation>Tabelle %1 hat keinen eindeutigen Index %2.</translation>
    </message>
    <message>
        <location line="+144"/>
        <location filename="../core/diff/PostgresDdlObjects.cpp" line="+21"/>
        <source>Table %1 has no constraint %2.</source>
        <translation>Tabelle %1 hat keine Bedingung %2.</translation>
    </message>
    <message>
        <location filename="../core/diff/PostgresDdlObjects.cpp" line="+121"/>
        <location filename="../core/diff/PostgresDdlTables.cpp" line="+271"/>
        <source>Type %1 does not exist.</source>
        <translation>Typ %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Type %1 has no value &quot;%2&quot;.</source>
        <translation>Typ %1 hat keinen Wert &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+8"/>
        <source>Type %1 already has a value &quot;%2&quot;.</source>
        <translation>Typ %1 hat bereits einen Wert &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/diff/PostgresDdlTables.cpp" line="-348"/>
        <source>Table %1 already exists.</source>
        <translation>Tabelle %1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/diff/PostgresDdlConstraints.cpp" line="-137"/>
        <source>Table %1 already has a primary key.</source>
        <translation>Tabelle %1 hat bereits einen Primärschlüssel.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The foreign key references table %1, which does not exist.</source>
        <translation>Der Fremdschlüssel verweist auf Tabelle %1, die nicht existiert.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Cannot drop it: the foreign key of %1.%2 depends on it (use CASCADE).</source>
        <translation>Entfernen nicht möglich: Der Fremdschlüssel von %1.%2 hängt davon ab (CASCADE verwenden).</translation>
    </message>
    <message>
        <location filename="../core/diff/PostgresDdlTables.cpp" line="+319"/>
        <source>Column %1 of table %2 is in its primary key: it stays NOT NULL.</source>
        <translation>Spalte %1 der Tabelle %2 gehört zu ihrem Primärschlüssel: Sie bleibt NOT NULL.</translation>
    </message>
</context>
<context>
    <name>Strata::ProjectConfig</name>
    <message>
        <location filename="../core/loading/ProjectConfigLoader.cpp" line="+35"/>
        <source>&quot;rules&quot; in strata.json</source>
        <translation>&quot;rules&quot; in strata.json</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;validation&quot; in strata.json</source>
        <translation>&quot;validation&quot; in strata.json</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; in &quot;validation.disable&quot; names no rule</source>
        <translation>&quot;%1&quot; in &quot;validation.disable&quot; nennt keine Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the codes are listed in docs/validation.md</source>
        <translation>die Codes stehen in docs/validation.md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean &quot;%1&quot;?</source>
        <translation>meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an empty folder name in &quot;plugins&quot;</source>
        <translation>ein leerer Ordnername in &quot;plugins&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a folder relative to the project, e.g. &quot;build/plugins&quot;</source>
        <translation>geben Sie einen Ordner relativ zum Projekt an, z. B. &quot;build/plugins&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>strata.json is not a regular file</source>
        <translation>strata.json ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace it with a regular file</source>
        <translation>ersetzen Sie sie durch eine reguläre Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>strata.json is larger than 1 MB</source>
        <translation>strata.json ist größer als 1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strata.json holds only project settings; shorten it</source>
        <translation>strata.json enthält nur Projekteinstellungen; kürzen Sie die Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read strata.json: %1</source>
        <translation>strata.json kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the file&apos;s permissions</source>
        <translation>prüfen Sie die Zugriffsrechte der Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fix the JSON syntax of strata.json</source>
        <translation>korrigieren Sie die JSON-Syntax von strata.json</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown dialect &quot;%1&quot; in strata.json</source>
        <translation>unbekannter Dialekt &quot;%1&quot; in strata.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write &quot;sqlite&quot; or &quot;postgresql&quot;</source>
        <translation>schreiben Sie &quot;sqlite&quot; oder &quot;postgresql&quot;</translation>
    </message>
</context>
<context>
    <name>Strata::Reload</name>
    <message>
        <location filename="../core/reload/ReloadSummary.cpp" line="+109"/>
        <source>package added</source>
        <translation>Paket hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>package removed</source>
        <translation>Paket entfernt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>table %1 added</source>
        <translation>Tabelle %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tables %1 added</source>
        <translation>Tabellen %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table %1 removed</source>
        <translation>Tabelle %1 entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tables %1 removed</source>
        <translation>Tabellen %1 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table %1 changed</source>
        <translation>Tabelle %1 geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tables %1 changed</source>
        <translation>Tabellen %1 geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>migration %1 added</source>
        <translation>Migration %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>migrations %1 added</source>
        <translation>Migrationen %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>migration %1 removed</source>
        <translation>Migration %1 entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>migrations %1 removed</source>
        <translation>Migrationen %1 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>migration %1 changed</source>
        <translation>Migration %1 geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>migrations %1 changed</source>
        <translation>Migrationen %1 geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s) fixed</source>
        <translation>
            <numerusform>%n Problem behoben</numerusform>
            <numerusform>%n Probleme behoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new problem(s)</source>
        <translation>
            <numerusform>%n neues Problem</numerusform>
            <numerusform>%n neue Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>strata.json changed: project reloaded</source>
        <translation>strata.json geändert: Projekt neu geladen</translation>
    </message>
</context>
<context>
    <name>Strata::RenameHints</name>
    <message>
        <location filename="../core/diff/RenameHints.cpp" line="+46"/>
        <source>Remove &quot;renamedFrom&quot;: it only tells strata generate what to rename, and nothing is left to rename.</source>
        <translation>Entfernen Sie &quot;renamedFrom&quot;: Es sagt nur strata generate, was umzubenennen ist, und es ist nichts mehr umzubenennen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>table &quot;%1&quot; is renamed from &quot;%2&quot; already: its migrations produce &quot;%1&quot; and no &quot;%2&quot;</source>
        <translation>Tabelle &quot;%1&quot; ist bereits von &quot;%2&quot; umbenannt: die Migrationen erzeugen &quot;%1&quot; und kein &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &quot;%1.%2&quot; is renamed from &quot;%3&quot; already: its migrations produce &quot;%2&quot; and no &quot;%3&quot;</source>
        <translation>Spalte &quot;%1.%2&quot; ist bereits von &quot;%3&quot; umbenannt: die Migrationen erzeugen &quot;%2&quot; und kein &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>Strata::Scanner</name>
    <message>
        <location filename="../core/loading/PackageScanner.cpp" line="+73"/>
        <source>cannot read the folder %1; packages in it are not loaded</source>
        <translation>der Ordner %1 kann nicht gelesen werden; die Pakete darin werden nicht geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give yourself read and execute permission on it</source>
        <translation>geben Sie sich Lese- und Ausführungsrechte dafür</translation>
    </message>
</context>
<context>
    <name>Strata::SchemaComparison</name>
    <message>
        <location filename="../core/sql/SchemaComparison.cpp" line="+27"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Column %1.%2 has the enum type %3 (values %4), declared text limited by a check to the values %5.</source>
        <translation>Spalte %1.%2 hat den Enum-Typ %3 (Werte %4), deklariert ist Text, den eine Prüfbedingung auf die Werte %5 beschränkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1.%2 has type %3, declared %4.</source>
        <translation>Spalte %1.%2 hat den Typ %3, deklariert ist %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column %1.%2 accepts NULL, declared NOT NULL.</source>
        <translation>Spalte %1.%2 erlaubt NULL, deklariert ist NOT NULL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column %1.%2 is NOT NULL, declared to accept NULL.</source>
        <translation>Spalte %1.%2 ist NOT NULL, deklariert ist, dass sie NULL erlaubt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column %1.%2 has default %3, declared %4.</source>
        <translation>Spalte %1.%2 hat den Standardwert %3, deklariert ist %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column %1.%2 has comment &quot;%3&quot;, declared &quot;%4&quot;.</source>
        <translation>Spalte %1.%2 hat den Kommentar &quot;%3&quot;, deklariert ist &quot;%4&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Column %1.%2 allows the values %3, declared %4.</source>
        <translation>Spalte %1.%2 erlaubt die Werte %3, deklariert sind %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column %1.%2 has no check that limits it to the values %3.</source>
        <translation>Spalte %1.%2 hat keine Prüfbedingung, die sie auf die Werte %3 beschränkt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Column %1.%2 has no foreign key, declared one referencing %3.</source>
        <translation>Spalte %1.%2 hat keinen Fremdschlüssel, deklariert ist einer auf %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column %1.%2 has a foreign key referencing %3 that is not declared.</source>
        <translation>Spalte %1.%2 hat einen Fremdschlüssel auf %3, der nicht deklariert ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The foreign key of %1.%2 references %3, declared %4.</source>
        <translation>Der Fremdschlüssel von %1.%2 verweist auf %3, deklariert ist %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The foreign key of %1.%2 has %3 %4, declared %3 %5.</source>
        <translation>Der Fremdschlüssel von %1.%2 hat %3 %4, deklariert ist %3 %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Table %1 has no UNIQUE (%2) constraint, declared one.</source>
        <translation>Tabelle %1 hat keine UNIQUE-Bedingung (%2), deklariert ist eine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table %1 has a UNIQUE (%2) constraint that is not declared.</source>
        <translation>Tabelle %1 hat eine UNIQUE-Bedingung (%2), die nicht deklariert ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Index %1 on %2 (%3) is declared but missing.</source>
        <translation>Index %1 auf %2 (%3) ist deklariert, fehlt aber.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index %1 on %2 is %3, declared %4.</source>
        <translation>Index %1 auf %2 ist %3, deklariert ist %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table %1 has an index %2 %3 that is not declared.</source>
        <translation>Tabelle %1 hat einen Index %2 %3, der nicht deklariert ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Table %1 has no CHECK (%2), declared one.</source>
        <translation>Tabelle %1 hat kein CHECK (%2), deklariert ist eines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table %1 has a CHECK (%2) that is not declared.</source>
        <translation>Tabelle %1 hat ein CHECK (%2), das nicht deklariert ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column %1.%2 is declared but missing.</source>
        <translation>Spalte %1.%2 ist deklariert, fehlt aber.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column %1.%2 exists but is not declared.</source>
        <translation>Spalte %1.%2 existiert, ist aber nicht deklariert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table %1 has primary key (%2), declared (%3).</source>
        <translation>Tabelle %1 hat den Primärschlüssel (%2), deklariert ist (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table %1 has comment &quot;%2&quot;, declared &quot;%3&quot;.</source>
        <translation>Tabelle %1 hat den Kommentar &quot;%2&quot;, deklariert ist &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Table %1 is declared but missing.</source>
        <translation>Tabelle %1 ist deklariert, fehlt aber.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table %1 exists but is not declared.</source>
        <translation>Tabelle %1 existiert, ist aber nicht deklariert.</translation>
    </message>
</context>
<context>
    <name>Strata::Semver</name>
    <message>
        <location filename="../core/common/Semver.cpp" line="+50"/>
        <source>the version number %1 is larger than %2, the largest that npm accepts</source>
        <translation>die Versionsnummer %1 ist größer als %2, die größte, die npm annimmt</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>&quot;%1&quot; is not a version range (at &quot;%2&quot;): %3</source>
        <translation>&quot;%1&quot; ist kein Versionsbereich (bei &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a version range (at &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; ist kein Versionsbereich (bei &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>Strata::TemporaryDatabase</name>
    <message>
        <location filename="../core/migration/TemporaryDatabase.cpp" line="+46"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create a scratch database on %1: %2</source>
        <translation>auf %1 kann keine Testdatenbank angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Strata::Testing</name>
    <message>
        <location filename="../testing/SchemaAssertions.cpp" line="+31"/>
        <source>the catalog cannot be read: %1</source>
        <translation>der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the scratch database is not ready: %1</source>
        <translation>die Testdatenbank ist nicht bereit: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../testing/ScratchDatabase.cpp" line="+27"/>
        <source>no packages in %1</source>
        <translation>keine Pakete in %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no package %1 among those registered</source>
        <translation>kein Paket %1 unter den registrierten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1:%2 failed at statement %3 (%4:%5): %6</source>
        <translation>%1:%2 ist bei Anweisung %3 fehlgeschlagen (%4:%5): %6</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::ClusterItem</name>
    <message>
        <location filename="../ui/graph/ClusterItem.cpp" line="+16"/>
        <source>Package %1: click the title to fold it into one node</source>
        <translation>Paket %1: Klicken Sie auf den Titel, um es zu einem Knoten zusammenzufalten</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/migrations/ConnectionDialog.cpp" line="+20"/>
        <source>&amp;Another database:</source>
        <translation>&amp;Eine andere Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to Database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s &amp;database: %1</source>
        <translation>Die &amp;Datenbank des Projekts: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql://user@host:5432/database or sqlite:path/to/file.db</source>
        <translation>postgresql://user@host:5432/database oder sqlite:path/to/file.db</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From PGPASSWORD or ~/.pgpass when empty</source>
        <translation>Wenn leer, aus PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects to</source>
        <translation>Verbindet mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept for this session only; never saved.</source>
        <translation>Wird nur für diese Sitzung behalten, nie gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connects to:</source>
        <translation>Verbindet mit:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::DatabaseActions</name>
    <message>
        <location filename="../ui/migrations/DatabaseActions.cpp" line="+36"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the database that migrations run against</source>
        <translation>Die Datenbank wählen, auf der die Migrationen laufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview SQL…</source>
        <translation>S&amp;QL-Vorschau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the DDL of the declared schema and the pending migrations</source>
        <translation>Die DDL des deklarierten Schemas und die ausstehenden Migrationen zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run Migrations…</source>
        <translation>Migrationen &amp;ausführen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the pending migrations to the connected database</source>
        <translation>Die ausstehenden Migrationen auf die verbundene Datenbank anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll &amp;Back…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo applied migrations on the connected database</source>
        <translation>Angewendete Migrationen auf der verbundenen Datenbank rückgängig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+119"/>
        <source>&amp;Generate Migration…</source>
        <translation>Migration &amp;generieren…</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;Test All Packages</source>
        <translation>Alle Pakete &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate each package into a scratch database, compare it with its declaration, roll it back and migrate it again (as strata test does)</source>
        <translation>Jedes Paket in eine Wegwerfdatenbank migrieren, mit seiner Deklaration vergleichen, zurückrollen und erneut migrieren (wie strata test)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh Migration &amp;Status</source>
        <translation>Migrations&amp;status aktualisieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Database</source>
        <translation>Da&amp;tenbank</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Write a migration for the schema changes of a package</source>
        <translation>Eine Migration für die Schemaänderungen eines Pakets schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Comparing the declared schema with what the migrations produce…</source>
        <translation>Das deklarierte Schema wird mit dem verglichen, was die Migrationen erzeugen …</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The migrations could not be compared: %1</source>
        <translation>Die Migrationen konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package has schema changes: every database.json matches what its migrations produce</source>
        <translation>Kein Paket hat Schemaänderungen: jede database.json stimmt mit dem überein, was ihre Migrationen erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Write a migration for the schema changes of %1</source>
        <translation>Eine Migration für die Schemaänderungen von %1 schreiben</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>Write a migration for each of the %n package(s) with schema changes</source>
        <translation>
            <numerusform>Eine Migration für das %n Paket mit Schemaänderungen schreiben</numerusform>
            <numerusform>Je eine Migration für die %n Pakete mit Schemaänderungen schreiben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no schema changes: its database.json matches what its migrations produce</source>
        <translation>%1 hat keine Schemaänderungen: seine database.json stimmt mit dem überein, was seine Migrationen erzeugen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test Package</source>
        <translation>Paket &amp;testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrate %1 into a scratch database, compare it with its declaration, roll it back and migrate it again</source>
        <translation>%1 in eine Wegwerfdatenbank migrieren, mit seiner Deklaration vergleichen, zurückrollen und erneut migrieren</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::EditorArea</name>
    <message>
        <location filename="../ui/editor/EditorArea.cpp" line="+25"/>
        <source>&amp;Save File</source>
        <translation>Datei s&amp;peichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;File</source>
        <translation>Da&amp;tei schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Double-click a problem, a table or a migration to open its file here.</source>
        <translation>Doppelklicken Sie auf ein Problem, eine Tabelle oder eine Migration, um die zugehörige Datei hier zu öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open files</source>
        <translation>Keine geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open files</source>
        <translation>Geöffnete Dateien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the current file to disk</source>
        <translation>Die aktuelle Datei auf den Datenträger schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the current file</source>
        <translation>Die aktuelle Datei schließen</translation>
    </message>
    <message numerus="yes">
        <location line="+284"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save Changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed on disk, and the editor has changes that are not saved.</source>
        <translation>%1 wurde auf dem Datenträger geändert, und der Editor enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the file and lose your changes, or keep your text (saving it then overwrites the file)?</source>
        <translation>Die Datei neu laden und Ihre Änderungen verwerfen, oder Ihren Text behalten (Speichern überschreibt dann die Datei)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep My Text</source>
        <translation>Meinen Text &amp;behalten</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::ExportDocumentationDialog</name>
    <message>
        <location filename="../ui/docs/ExportDocumentationDialog.cpp" line="+41"/>
        <source>Export Documentation</source>
        <translation>Dokumentation exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTML site (Graphviz diagrams)</source>
        <translation>HTML-Website (Graphviz-Diagramme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown pages (Mermaid diagrams)</source>
        <translation>Markdown-Seiten (Mermaid-Diagramme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column types</source>
        <translation>Spaltentypen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dialect whose type names the column tables show</source>
        <translation>Der Dialekt, dessen Typnamen die Spaltentabellen zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strata writes the pages here and removes the pages it wrote before that no longer exist; files it did not write are never touched</source>
        <translation>Strata schreibt die Seiten hierher und entfernt früher geschriebene Seiten, die es nicht mehr gibt; Dateien, die Strata nicht geschrieben hat, bleiben unberührt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;All packages (%n)</source>
        <translation>
            <numerusform>&amp;Alle Pakete (%n)</numerusform>
            <numerusform>&amp;Alle Pakete (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected package (none is selected)</source>
        <translation>Das ausgewählte Paket (keines ist ausgewählt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and the packages it depends on</source>
        <translation>%1 und die Pakete, von denen es abhängt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column &amp;types:</source>
        <translation>Spalten&amp;typen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages:</source>
        <translation>Pakete:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export Documentation To</source>
        <translation>Dokumentation exportieren nach</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the documentation…</source>
        <translation>Die Dokumentation wird geschrieben…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s) written, %1 unchanged, %2 removed, in %3.</source>
        <translation>
            <numerusform>%n Datei geschrieben, %1 unverändert, %2 entfernt, in %3.</numerusform>
            <numerusform>%n Dateien geschrieben, %1 unverändert, %2 entfernt, in %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the documentation… %1 of %2 pages</source>
        <translation>Die Dokumentation wird geschrieben… %1 von %2 Seiten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GenerateMigrationDialog</name>
    <message>
        <location filename="../ui/diff/GenerateMigrationDialog.cpp" line="+37"/>
        <source>Generate Migration</source>
        <translation>Migration generieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schema changes</source>
        <translation>Schemaänderungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Migration name</source>
        <translation>Name der Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the file name: lower-case letters, digits and underscores</source>
        <translation>Bildet das Ende des Dateinamens: Kleinbuchstaben, Ziffern und Unterstriche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow &amp;destructive changes</source>
        <translation>&amp;Destruktive Änderungen erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write changes that lose data: a dropped table or column, a narrower type, a dropped enum value</source>
        <translation>Auch Änderungen schreiben, bei denen Daten verloren gehen: eine entfernte Tabelle oder Spalte, ein engerer Typ, ein entfernter Enum-Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing</source>
        <translation>Vergleich läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up section</source>
        <translation>Up-Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down section</source>
        <translation>Down-Abschnitt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+172"/>
        <source>&amp;Up</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Do&amp;wn</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The migrations could not be compared: %1</source>
        <translation>Die Migrationen konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migration %1 of %2 does not run: %3. Fix it before generating.</source>
        <translation>Migration %1 von %2 läuft nicht: %3. Beheben Sie das vor dem Generieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Comparing the declared schema with what the migrations produce…</source>
        <translation>Das deklarierte Schema wird mit dem verglichen, was die Migrationen erzeugen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema changes of %1</source>
        <translation>Schemaänderungen von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Schema changes of %n package(s)</source>
        <translation>
            <numerusform>Schemaänderungen von %n Paket</numerusform>
            <numerusform>Schemaänderungen von %n Paketen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tick “Allow destructive changes” to write it anyway, or change database.json back (a rename is written with &quot;renamedFrom&quot;).</source>
        <translation>Kreuzen Sie „Destruktive Änderungen erlauben“ an, um sie trotzdem zu schreiben, oder ändern Sie database.json zurück (eine Umbenennung wird mit &quot;renamedFrom&quot; geschrieben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to generate: database.json matches what the migrations produce.</source>
        <translation>Nichts zu generieren: database.json stimmt mit dem überein, was die Migrationen erzeugen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <source>(enter a name)</source>
        <translation>(Namen eingeben)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 has no folder to write a migration into</source>
        <translation>%1 hat keinen Ordner, in den eine Migration geschrieben werden kann</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>foreign keys off: checked before commit, then back on</source>
        <translation>Fremdschlüssel aus: vor dem Commit geprüft, danach wieder an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name must be lower-case letters, digits and underscores.</source>
        <translation>Der Name darf nur aus Kleinbuchstaben, Ziffern und Unterstrichen bestehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Up (%n destructive)</source>
        <translation>
            <numerusform>&amp;Up (%n destruktiv)</numerusform>
            <numerusform>&amp;Up (%n destruktiv)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the comparison to end</source>
        <translation>Wartet auf das Ende des Vergleichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to write</source>
        <translation>Es gibt nichts zu schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a name for the migration</source>
        <translation>Geben Sie einen Namen für die Migration ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some changes are refused: see below</source>
        <translation>Einige Änderungen werden abgelehnt: siehe unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the migration files</source>
        <translation>Die Migrationsdateien anlegen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write %1: the file already exists.</source>
        <translation>%1 kann nicht geschrieben werden: die Datei existiert bereits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GraphBuilder</name>
    <message>
        <location filename="../ui/graph/GraphBuilder.cpp" line="+56"/>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing package</source>
        <translation>fehlendes Paket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing table</source>
        <translation>fehlende Tabelle</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GraphExporter</name>
    <message>
        <location filename="../ui/graph/GraphExporter.cpp" line="+37"/>
        <source>The diagram is too large for an image</source>
        <translation>Das Diagramm ist zu groß für ein Bild</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Exported by Strata Workbench</source>
        <translation>Exportiert von Strata Workbench</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GraphNodeListModel</name>
    <message>
        <location filename="../ui/graph/GraphNodeListModel.cpp" line="+76"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Links to %n node(s),</source>
        <translation>
            <numerusform>Verweist auf %n Knoten,</numerusform>
            <numerusform>Verweist auf %n Knoten,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>linked from %n node(s).</source>
        <translation>
            <numerusform>verwiesen von %n Knoten.</numerusform>
            <numerusform>verwiesen von %n Knoten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Package %1, version %2.</source>
        <translation>Paket %1, Version %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package %1, folded, %2.</source>
        <translation>Paket %1, zusammengefaltet, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Table %1 in package %2, %n listed column(s).</source>
        <translation>
            <numerusform>Tabelle %1 in Paket %2, %n aufgeführte Spalte.</numerusform>
            <numerusform>Tabelle %1 in Paket %2, %n aufgeführte Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing package %1.</source>
        <translation>Fehlendes Paket %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing table %1.</source>
        <translation>Fehlende Tabelle %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s).</source>
        <translation>
            <numerusform>%n Fehler.</numerusform>
            <numerusform>%n Fehler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GraphPanel</name>
    <message>
        <location filename="../ui/graph/GraphPanel.cpp" line="+91"/>
        <source>Graph nodes</source>
        <translation>Graphknoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The nodes the graph shows, with the same filter and selection</source>
        <translation>Die Knoten, die der Graph zeigt, mit demselben Filter und derselben Auswahl</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Graph status</source>
        <translation>Graphstatus</translation>
    </message>
    <message>
        <location filename="../ui/graph/GraphToolBar.cpp" line="+38"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Graph toolbar</source>
        <translation>Graph-Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../ui/graph/GraphPanel.cpp" line="+660"/>
        <location filename="../ui/graph/GraphToolBar.cpp" line="+1"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/graph/GraphToolBar.cpp" line="+1"/>
        <source>Graph of</source>
        <translation>Graph der</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the package dependency graph or the table graph</source>
        <translation>Den Abhängigkeitsgraphen der Pakete oder den Tabellengraphen zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All columns</source>
        <translation>Alle Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys only</source>
        <translation>Nur Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names only</source>
        <translation>Nur Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns shown</source>
        <translation>Angezeigte Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many columns each table card lists</source>
        <translation>Wie viele Spalten jede Tabellenkarte aufführt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find table or package</source>
        <translation>Tabelle oder Paket suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in graph</source>
        <translation>Im Graphen suchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Graph view</source>
        <translation>Graphansicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Graph view toolbar</source>
        <translation>Werkzeugleiste der Graphansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>Den ganzen Graphen zeigen (Strg+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay the graph out afresh, forgetting where nodes were moved</source>
        <translation>Den Graphen neu anordnen und verschobene Knoten vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Whole Diagram as PNG…</source>
        <translation>Ganzes Diagramm als PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole Diagram as SVG…</source>
        <translation>Ganzes Diagramm als SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible View as PNG…</source>
        <translation>Sichtbaren Ausschnitt als PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible View as SVG…</source>
        <translation>Sichtbaren Ausschnitt als SVG…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Node List</source>
        <translation>Knotenliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the list of the graph&apos;s nodes beside the drawing</source>
        <translation>Die Liste der Knoten des Graphen neben der Zeichnung zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save or delete named views</source>
        <translation>Benannte Ansichten speichern oder löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Graph modes</source>
        <translation>Graphmodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Graph modes toolbar</source>
        <translation>Werkzeugleiste der Graphmodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the selection and its neighbours</source>
        <translation>Nur die Auswahl und ihre Nachbarn zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth: </source>
        <translation>Tiefe: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus depth</source>
        <translation>Fokustiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many links away from the selection focus mode reaches</source>
        <translation>Wie viele Verbindungen weit der Fokusmodus von der Auswahl aus reicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand</source>
        <translation>Erweitern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach one link further</source>
        <translation>Eine Verbindung weiter reichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Show the chain of foreign keys between two tables</source>
        <translation>Die Kette der Fremdschlüssel zwischen zwei Tabellen zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Path toolbar</source>
        <translation>Pfad-Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Path from</source>
        <translation>Pfad von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to</source>
        <translation>Pfad nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> to </source>
        <translation> nach </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Hide Others</source>
        <translation>Andere ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide what focus or path mode leaves out, instead of dimming it</source>
        <translation>Ausblenden, was Fokus- oder Pfadmodus auslassen, statt es abzublenden</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Named view</source>
        <translation>Benannte Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved sets of tables with their positions</source>
        <translation>Gespeicherte Gruppen von Tabellen mit ihren Positionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save View…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <location filename="../ui/graph/GraphPanel.cpp" line="-602"/>
        <location line="+3"/>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The view could not be saved.</source>
        <translation>Die Ansicht konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/graph/GraphToolBar.cpp" line="+1"/>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../ui/graph/GraphPanel.cpp" line="+211"/>
        <source>Arranging the graph…</source>
        <translation>Der Graph wird angeordnet…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No path between %1 and %2</source>
        <translation>Kein Pfad zwischen %1 und %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Path of %n link(s)</source>
        <translation>
            <numerusform>Pfad aus %n Verbindung</numerusform>
            <numerusform>Pfad aus %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+176"/>
        <source>All tables</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Package dependencies</source>
        <translation>Paketabhängigkeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GraphView</name>
    <message>
        <location filename="../ui/graph/GraphView.cpp" line="+31"/>
        <source>Schema graph</source>
        <translation>Schemagraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move between nodes, Tab goes through them in order, Enter opens the selected one. The node list beside the graph lists the same nodes.</source>
        <translation>Pfeiltasten wechseln zwischen Knoten, Tab geht sie der Reihe nach durch, Enter öffnet den ausgewählten. Die Knotenliste neben dem Graphen führt dieselben Knoten auf.</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::LogModel</name>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="+201"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::LogPanel</name>
    <message>
        <location filename="../ui/panels/LogPanel.cpp" line="+75"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much Strata logs: warnings only, also progress, or everything for debugging</source>
        <translation>Wie viel Strata protokolliert: nur Warnungen, auch den Fortschritt oder alles zur Fehlersuche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the messages of one category only</source>
        <translation>Nur die Meldungen einer Kategorie anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter messages…</source>
        <translation>Meldungen filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter messages</source>
        <translation>Meldungen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the log</source>
        <translation>Das Protokoll leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected messages, or all shown</source>
        <translation>Die ausgewählten Meldungen kopieren, sonst alle angezeigten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log messages</source>
        <translation>Protokollmeldungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::MainWindow</name>
    <message>
        <location filename="../ui/panels/WorkbenchPanels.cpp" line="+65"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+63"/>
        <source>Main area</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a folder that holds packages</source>
        <translation>Einen Ordner mit Paketen öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read every package of the project again</source>
        <translation>Alle Pakete des Projekts neu einlesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Documentation…</source>
        <translation>&amp;Dokumentation exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the project&apos;s documentation as an HTML site or Markdown pages</source>
        <translation>Die Dokumentation des Projekts als HTML-Website oder als Markdown-Seiten schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;Projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/panels/WorkbenchPanels.cpp" line="-30"/>
        <source>&amp;Packages</source>
        <translation>&amp;Pakete</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;roblems</source>
        <translation>P&amp;robleme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Log</source>
        <translation>Pro&amp;tokoll</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Strata Workbench</source>
        <translation>&amp;Über Strata Workbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project summary</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Polling for changes</source>
        <translation>Polling auf Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File watching by polling</source>
        <translation>Dateiüberwachung per Polling</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — Strata Workbench</source>
        <translation>%1 — Strata Workbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strata Workbench</source>
        <translation>Strata Workbench</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Strata Workbench</source>
        <translation>Über Strata Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Strata Workbench %1&lt;/h3&gt;&lt;p&gt;The schema workbench for modular applications: each package declares its tables and migrations, and Strata checks, renders and migrates them together.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Strata Workbench %1&lt;/h3&gt;&lt;p&gt;Die Schema-Werkbank für modulare Anwendungen: Jedes Paket beschreibt seine Tabellen und Migrationen, und Strata prüft, erzeugt und migriert sie gemeinsam.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+5"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading packages… %1/%2</source>
        <translation>Pakete werden geladen… %1/%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::MigrationConnection</name>
    <message>
        <location filename="../ui/migrations/MigrationConnection.cpp" line="+93"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database URL is not valid.</source>
        <translation>Die Datenbank-URL ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::MigrationState</name>
    <message>
        <location filename="../ui/migrations/MigrationStateStyle.cpp" line="+95"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applied to the database; the file is unchanged.</source>
        <translation>Auf die Datenbank angewendet; die Datei ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied to the database yet.</source>
        <translation>Noch nicht auf die Datenbank angewendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied, but its up section changed since: the database did not see the change.</source>
        <translation>Angewendet, aber ihr up-Abschnitt wurde seitdem geändert: Die Datenbank kennt die Änderung nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied to the database, but the project no longer has its file.</source>
        <translation>Auf die Datenbank angewendet, aber ihre Datei fehlt im Projekt.</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::MigrationStatusTracker</name>
    <message>
        <location filename="../ui/migrations/MigrationStatusTracker.cpp" line="+113"/>
        <source>Migrations: %1</source>
        <translation>Migrationen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 applied, %2 pending</source>
        <translation>%1 angewendet, %2 ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 modified</source>
        <translation>, %1 geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 missing</source>
        <translation>, %1 fehlend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::NamedViews</name>
    <message>
        <location filename="../ui/graph/NamedViews.cpp" line="+26"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::NodeItem</name>
    <message numerus="yes">
        <location filename="../ui/graph/NodeItem.cpp" line="+43"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::PackageTestRunner</name>
    <message>
        <location filename="../ui/testing/PackageTestRunner.cpp" line="+48"/>
        <source>Cannot test the packages: the project names no PostgreSQL server (&quot;database&quot; in strata.json)</source>
        <translation>Die Pakete können nicht getestet werden: Das Projekt nennt keinen PostgreSQL-Server („database“ in strata.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testing the packages…</source>
        <translation>Die Pakete werden getestet …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test Package</source>
        <translation>Paket testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test All Packages</source>
        <translation>Alle Pakete testen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing %1 (%2 of %3)…</source>
        <translation>%1 wird getestet (%2 von %3) …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run `strata test %1` for the whole report; fix the migration or the declaration it names</source>
        <translation>Führen Sie `strata test %1` für den ganzen Bericht aus; korrigieren Sie die genannte Migration oder Deklaration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot test the packages: %1</source>
        <translation>Die Pakete können nicht getestet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Testing cancelled after %n package(s)</source>
        <translation>
            <numerusform>Test nach %n Paket abgebrochen</numerusform>
            <numerusform>Test nach %n Paketen abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n package(s) tested: all passed</source>
        <translation>
            <numerusform>%n Paket getestet: bestanden</numerusform>
            <numerusform>%n Pakete getestet: alle bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n package(s) tested: %1 failed (see Problems)</source>
        <translation>
            <numerusform>%n Paket getestet: %1 fehlgeschlagen (siehe Probleme)</numerusform>
            <numerusform>%n Pakete getestet: %1 fehlgeschlagen (siehe Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strata::Ui::PackageTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/PackageTreeModel.cpp" line="+75"/>
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+4"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not null</source>
        <translation>nicht null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added by Strata</source>
        <translation>von Strata ergänzt</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workspace-scoped</source>
        <translation>arbeitsbereichsbezogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>up and down</source>
        <translation>vorwärts und rückwärts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up only</source>
        <translation>nur vorwärts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no transaction</source>
        <translation>ohne Transaktion</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plugin %1</source>
        <translation>Plugin %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered from C++</source>
        <translation>Aus C++ registriert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+435"/>
        <source>%n to migrate</source>
        <translation>
            <numerusform>%n zu migrieren</numerusform>
            <numerusform>%n zu migrieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>database.json differs from what the migrations produce: %n difference(s) (strata diff lists them)</source>
        <translation>
            <numerusform>database.json weicht von dem ab, was die Migrationen erzeugen: %n Unterschied (strata diff listet ihn auf)</numerusform>
            <numerusform>database.json weicht von dem ab, was die Migrationen erzeugen: %n Unterschiede (strata diff listet sie auf)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::PackagesPanel</name>
    <message>
        <location filename="../ui/panels/PackagesPanel.cpp" line="+16"/>
        <location line="+28"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Filter packages, tables, columns…</source>
        <translation>Pakete, Tabellen, Spalten filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter packages</source>
        <translation>Pakete filtern</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::PlanScript</name>
    <message>
        <location filename="../ui/migrations/PlanScript.cpp" line="+80"/>
        <source>  [up]</source>
        <translation>  [up]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  [down]</source>
        <translation>  [down]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-- no transaction: statements run one by one, outside a transaction</source>
        <translation>-- ohne Transaktion: Die Anweisungen laufen einzeln, außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-- foreign keys off: checked before commit, then back on</source>
        <translation>-- Fremdschlüssel aus: vor dem Commit geprüft, danach wieder an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-- (C++ migration: its code runs here)</source>
        <translation>-- (C++-Migration: ihr Code läuft hier)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>-- statement %1, line %2</source>
        <translation>-- Anweisung %1, Zeile %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location line="+28"/>
        <source>-- DESTRUCTIVE: %1</source>
        <translation>-- DESTRUKTIV: %1</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::Preferences</name>
    <message>
        <location filename="../ui/settings/Preferences.cpp" line="+49"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new language and theme apply when Strata Workbench starts again.</source>
        <translation>Die neue Sprache und das neue Design gelten ab dem nächsten Start von Strata Workbench.</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::ProblemsModel</name>
    <message>
        <location filename="../ui/models/ProblemsModel.cpp" line="+74"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::ProblemsPanel</name>
    <message>
        <location filename="../ui/panels/ProblemsPanel.cpp" line="+34"/>
        <location line="+46"/>
        <location line="+96"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+1"/>
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Show warnings</source>
        <translation>Warnungen anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show problems of package</source>
        <translation>Probleme eines Pakets anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the problems of one package</source>
        <translation>Nur die Probleme eines Pakets anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show problems with code</source>
        <translation>Probleme mit Code anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the problems with one code</source>
        <translation>Nur die Probleme mit einem Code anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter problems…</source>
        <translation>Probleme filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>All packages</source>
        <translation>Alle Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::ProjectSession</name>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="+35"/>
        <source>%1 is not a readable folder.</source>
        <translation>%1 ist kein lesbarer Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::RunDialog</name>
    <message>
        <location filename="../ui/migrations/RunDialog.cpp" line="+46"/>
        <source>Run Migrations</source>
        <translation>Migrationen ausführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll Back Migrations</source>
        <translation>Migrationen zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the pending migrations to %1</source>
        <translation>Die ausstehenden Migrationen auf %1 anwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll back migrations on %1</source>
        <translation>Migrationen auf %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The &amp;last</source>
        <translation>Die &amp;letzten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of migrations to roll back</source>
        <translation>Anzahl der zurückzusetzenden Migrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied migration(s)</source>
        <translation>angewendeten Migration(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Everything applied after</source>
        <translation>&amp;Alles nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration that stays applied</source>
        <translation>Migration, die angewendet bleibt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Migrations done</source>
        <translation>Erledigte Migrationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Roll Back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The database changed since the preview: running %n migration(s) as planned now.</source>
        <translation>
            <numerusform>Die Datenbank hat sich seit der Vorschau geändert: Es wird jetzt %n Migration nach dem aktuellen Plan ausgeführt.</numerusform>
            <numerusform>Die Datenbank hat sich seit der Vorschau geändert: Es werden jetzt %n Migrationen nach dem aktuellen Plan ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No database is connected.</source>
        <translation>Es ist keine Datenbank verbunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the migration history…</source>
        <translation>Migrationshistorie wird gelesen…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(nothing: roll back everything)</source>
        <translation>(keine: alles zurücksetzen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Nothing can run:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nichts kann ausgeführt werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: every migration is applied.</source>
        <translation>Nichts zu tun: Alle Migrationen sind angewendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to roll back.</source>
        <translation>Nichts zurückzusetzen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n migration(s) will run</source>
        <translation>
            <numerusform>%n Migration wird ausgeführt</numerusform>
            <numerusform>%n Migrationen werden ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n migration(s) will be rolled back</source>
        <translation>
            <numerusform>%n Migration wird zurückgesetzt</numerusform>
            <numerusform>%n Migrationen werden zurückgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n destructive statement(s), highlighted below</source>
        <translation>
            <numerusform>%n destruktive Anweisung, unten hervorgehoben</numerusform>
            <numerusform>%n destruktive Anweisungen, unten hervorgehoben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Destructive Statements</source>
        <translation>Destruktive Anweisungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy the Data and Run</source>
        <translation>Daten vernichten und ausführen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Apply %n migration(s) to %1?</source>
        <translation>
            <numerusform>%n Migration auf %1 anwenden?</numerusform>
            <numerusform>%n Migrationen auf %1 anwenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Roll back %n migration(s) on %1?</source>
        <translation>
            <numerusform>%n Migration auf %1 zurücksetzen?</numerusform>
            <numerusform>%n Migrationen auf %1 zurücksetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The plan has %n destructive statement(s); the data they remove cannot be recovered:</source>
        <translation>
            <numerusform>Der Plan enthält %n destruktive Anweisung; die Daten, die sie entfernt, lassen sich nicht wiederherstellen:</numerusform>
            <numerusform>Der Plan enthält %n destruktive Anweisungen; die Daten, die sie entfernen, lassen sich nicht wiederherstellen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run them on %1?</source>
        <translation>Auf %1 ausführen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Migrating</source>
        <translation>Migration läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rolling back</source>
        <translation>Zurücksetzen läuft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling after the current migration…</source>
        <translation>Abbruch nach der aktuellen Migration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel requested: stopping after the current migration.</source>
        <translation>Abbruch angefordert: Nach der aktuellen Migration wird angehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Migration %1 of %2: %3:%4</source>
        <translation>Migration %1 von %2: %3:%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>already done by another runner</source>
        <translation>bereits von einem anderen Migrationsprozess erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not executed</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done in %1 ms</source>
        <translation>fertig in %1 ms</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The run could not start.</source>
        <translation>Der Lauf konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed at %1:%2.</source>
        <translation>Fehlgeschlagen bei %1:%2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Abgebrochen nach %n Migration.</numerusform>
            <numerusform>Abgebrochen nach %n Migrationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Applied %n migration(s) in %1 ms.</source>
        <translation>
            <numerusform>%n Migration in %1 ms angewendet.</numerusform>
            <numerusform>%n Migrationen in %1 ms angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rolled back %n migration(s) in %1 ms.</source>
        <translation>
            <numerusform>%n Migration in %1 ms zurückgesetzt.</numerusform>
            <numerusform>%n Migrationen in %1 ms zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The failed migration left no trace; the migrations before it stay %1.</source>
        <translation>Die fehlgeschlagene Migration hat keine Spuren hinterlassen; die Migrationen davor bleiben %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The migration ran without a transaction: its statements before the failing one stay.</source>
        <translation>Die Migration lief ohne Transaktion: Ihre Anweisungen vor der fehlgeschlagenen bleiben bestehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migration %1:%2 failed.</source>
        <translation>Migration %1:%2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement %1, line %2 of %3</source>
        <translation>Anweisung %1, Zeile %2 von %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database says: %1</source>
        <translation>Die Datenbank meldet: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Migration %1 failed at statement %2: %3</source>
        <translation>Migration %1 ist bei Anweisung %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix it and run the migrations again.</source>
        <translation>Beheben Sie den Fehler und führen Sie die Migrationen erneut aus.</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::SourceEditor</name>
    <message>
        <location filename="../ui/editor/SourceEditor.cpp" line="+24"/>
        <source>Source editor</source>
        <translation>Quelltext-Editor</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Editor of %1</source>
        <translation>Editor für %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text has no file to be saved to.</source>
        <translation>Der Text hat keine Datei, in die er gespeichert werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::SqlPreviewDialog</name>
    <message>
        <location filename="../ui/migrations/SqlPreviewDialog.cpp" line="+30"/>
        <source>Preview SQL</source>
        <translation>SQL-Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declared schema (DDL)</source>
        <translation>Deklariertes Schema (DDL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending migrations</source>
        <translation>Ausstehende Migrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to show</source>
        <translation>Was angezeigt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Whole project</source>
        <translation>Ganzes Projekt</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No database is connected.</source>
        <translation>Es ist keine Datenbank verbunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the migration history of %1…</source>
        <translation>Migrationshistorie von %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Cannot show the pending migrations:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die ausstehenden Migrationen können nicht angezeigt werden:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n statement(s) that create the declared schema on an empty database</source>
        <translation>
            <numerusform>%n Anweisung, die das deklarierte Schema auf einer leeren Datenbank anlegt</numerusform>
            <numerusform>%n Anweisungen, die das deklarierte Schema auf einer leeren Datenbank anlegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing pending on %1.</source>
        <translation>Auf %1 steht nichts aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending migration(s)</source>
        <translation>
            <numerusform>%n ausstehende Migration</numerusform>
            <numerusform>%n ausstehende Migrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n destructive statement(s), highlighted</source>
        <translation>
            <numerusform>%n destruktive Anweisung, hervorgehoben</numerusform>
            <numerusform>%n destruktive Anweisungen, hervorgehoben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>Save SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::SqlView</name>
    <message>
        <location filename="../ui/migrations/SqlView.cpp" line="+16"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::SummaryPage</name>
    <message>
        <location filename="../ui/pages/SummaryPage.cpp" line="+36"/>
        <location line="+11"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+419"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location line="-418"/>
        <location line="+419"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="-402"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary list</source>
        <translation>Übersichtsliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referenced by</source>
        <translation>Referenziert von</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Types in:</source>
        <translation>&amp;Typen in:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dialect of the column types</source>
        <translation>Dialekt der Spaltentypen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the column types, defaults and checks as this SQL dialect writes them</source>
        <translation>Die Spaltentypen, Standardwerte und Prüfbedingungen so anzeigen, wie dieser SQL-Dialekt sie schreibt</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>being compared with the migrations...</source>
        <translation>wird mit den Migrationen verglichen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database.json matches what the migrations produce</source>
        <translation>database.json stimmt mit dem überein, was die Migrationen erzeugen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n difference(s) between database.json and what the migrations produce:</source>
        <translation>
            <numerusform>%n Unterschied zwischen database.json und dem, was die Migrationen erzeugen:</numerusform>
            <numerusform>%n Unterschiede zwischen database.json und dem, was die Migrationen erzeugen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more (strata diff lists them all)</source>
        <translation>
            <numerusform>und %n weiterer (strata diff listet alle auf)</numerusform>
            <numerusform>und %n weitere (strata diff listet alle auf)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database matches the declared schema.</source>
        <translation>Die Datenbank stimmt mit dem deklarierten Schema überein.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n difference(s) with the declared schema</source>
        <translation>
            <numerusform>%n Unterschied zum deklarierten Schema</numerusform>
            <numerusform>%n Unterschiede zum deklarierten Schema</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more (strata diff --database lists them all)</source>
        <translation>
            <numerusform>und %n weiterer (strata diff --database listet alle auf)</numerusform>
            <numerusform>und %n weitere (strata diff --database listet alle auf)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not declared by any package (not an error): %1</source>
        <translation>Von keinem Paket deklariert (kein Fehler): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with %1</source>
        <translation>Verglichen mit %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Project · %n package(s)</source>
        <translation>
            <numerusform>Projekt · %n Paket</numerusform>
            <numerusform>Projekt · %n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none (defaults)</source>
        <translation>keine (Voreinstellungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialect:</source>
        <translation>Dialekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded SQLite file (%1)</source>
        <translation>eingebettete SQLite-Datei (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace table:</source>
        <translation>Arbeitsbereichstabelle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <location line="+52"/>
        <location line="+78"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+52"/>
        <source>Schema changes:</source>
        <translation>Schemaänderungen:</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>every package&apos;s database.json matches its migrations</source>
        <translation>die database.json jedes Pakets stimmt mit seinen Migrationen überein</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n package(s) differ from their migrations</source>
        <translation>
            <numerusform>%n Paket weicht von seinen Migrationen ab</numerusform>
            <numerusform>%n Pakete weichen von ihren Migrationen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database drift:</source>
        <translation>Datenbank-Drift:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Packages (in dependency order)</source>
        <translation>Pakete (in Abhängigkeitsreihenfolge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Package · version %1</source>
        <translation>Paket · Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+134"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Plugin:</source>
        <translation>Plugin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <location line="+74"/>
        <source>registered from C++</source>
        <translation>aus C++ registriert</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrations:</source>
        <translation>Migrationen:</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n migration(s) in %1</source>
        <translation>
            <numerusform>%n Migration in %1</numerusform>
            <numerusform>%n Migrationen in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depends on:</source>
        <translation>Hängt ab von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Table in %1 · %n column(s)</source>
        <translation>
            <numerusform>Tabelle in %1 · %n Spalte</numerusform>
            <numerusform>Tabelle in %1 · %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workspace (workspace_id added by Strata)</source>
        <translation>Arbeitsbereich (workspace_id von Strata ergänzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary key:</source>
        <translation>Primärschlüssel:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Columns (%1)</source>
        <translation>Spalten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indexes (%1)</source>
        <translation>Indizes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints (%1)</source>
        <translation>Bedingungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referenced by (%1)</source>
        <translation>Referenziert von (%1)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <source>Defined in:</source>
        <translation>Definiert in:</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Constraints</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+431"/>
        <source>Migration of %1</source>
        <translation>Migration von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions:</source>
        <translation>Richtungen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up and down</source>
        <translation>vorwärts und rückwärts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up only (cannot be rolled back)</source>
        <translation>nur vorwärts (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>runs outside a transaction</source>
        <translation>läuft außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>runs in a transaction</source>
        <translation>läuft in einer Transaktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requires:</source>
        <translation>Benötigt:</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::WelcomePage</name>
    <message>
        <location filename="../ui/pages/WelcomePage.cpp" line="+17"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Strata logo</source>
        <translation>Strata-Logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strata Workbench</source>
        <translation>Strata Workbench</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The schema workbench for modular applications: every package&apos;s tables, migrations and problems in one place.</source>
        <translation>Die Schema-Werkbank für modulare Anwendungen: Tabellen, Migrationen und Probleme aller Pakete an einem Ort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a folder that holds packages (Ctrl+O)</source>
        <translation>Einen Ordner mit Paketen öffnen (Strg+O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent Projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent projects. Open a folder with packages, or start the workbench with a folder: strata-workbench PATH</source>
        <translation>Keine zuletzt geöffneten Projekte. Öffnen Sie einen Ordner mit Paketen, oder starten Sie die Werkbank mit einem Ordner: strata-workbench PFAD</translation>
    </message>
</context>
<context>
    <name>Strata::Validation</name>
    <message>
        <location filename="../core/validation/Identifiers.cpp" line="+41"/>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it starts with a digit</source>
        <translation>er beginnt mit einer Ziffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it contains a space</source>
        <translation>er enthält ein Leerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it contains &quot;%1&quot;</source>
        <translation>er enthält &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/validation/PackageRules.cpp" line="+64"/>
        <source>%1 name &quot;%2&quot; is not a valid SQL identifier: %3</source>
        <translation>%1 &quot;%2&quot; ist kein gültiger SQL-Bezeichner: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use letters, digits and underscores, starting with a letter</source>
        <translation>verwenden Sie Buchstaben, Ziffern und Unterstriche, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use letters, digits and underscores, starting with a letter, e.g. &quot;%1&quot;</source>
        <translation>verwenden Sie Buchstaben, Ziffern und Unterstriche, beginnend mit einem Buchstaben, z. B. &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 name &quot;%2&quot; is %3 bytes long, more than %4</source>
        <translation>%1 &quot;%2&quot; ist %3 Bytes lang, mehr als %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shorten it: PostgreSQL truncates longer names, so two of them can collide</source>
        <translation>kürzen Sie ihn: PostgreSQL schneidet längere Namen ab, sodass zwei davon kollidieren können</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 name &quot;%2&quot; is a reserved SQL word</source>
        <translation>%1 &quot;%2&quot; ist ein reserviertes SQL-Wort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a name that is no SQL keyword, e.g. &quot;%1s&quot; or a longer one</source>
        <translation>wählen Sie einen Namen, der kein SQL-Schlüsselwort ist, z. B. &quot;%1s&quot; oder einen längeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 name &quot;%2&quot; is not snake_case</source>
        <translation>%1 &quot;%2&quot; ist nicht in snake_case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename it to &quot;%1&quot;</source>
        <translation>benennen Sie ihn in &quot;%1&quot; um</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the package name is empty</source>
        <translation>der Paketname ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a valid package name</source>
        <translation>&quot;%1&quot; ist kein gültiger Paketname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use an npm package name: lower case letters, digits, &quot;-&quot;, &quot;.&quot; and &quot;_&quot;, optionally scoped, e.g. &quot;@acme/crm&quot;</source>
        <translation>verwenden Sie einen npm-Paketnamen: Kleinbuchstaben, Ziffern, &quot;-&quot;, &quot;.&quot; und &quot;_&quot;, optional mit Scope, z. B. &quot;@acme/crm&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the version &quot;%1&quot; of package &quot;%2&quot; is not a semantic version</source>
        <translation>die Version &quot;%1&quot; des Pakets &quot;%2&quot; ist keine semantische Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the version &quot;%1&quot; of package &quot;%2&quot; is not a semantic version: %3</source>
        <translation>die Version &quot;%1&quot; des Pakets &quot;%2&quot; ist keine semantische Version: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write MAJOR.MINOR.PATCH, e.g. &quot;1.4.0&quot;</source>
        <translation>schreiben Sie MAJOR.MINOR.PATCH, z. B. &quot;1.4.0&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the version range &quot;%1&quot; of dependency &quot;%2&quot; does not parse%3</source>
        <translation>der Versionsbereich &quot;%1&quot; der Abhängigkeit &quot;%2&quot; ist ungültig%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use an npm range such as &quot;^1.2.0&quot;, &quot;&gt;=1.0.0 &lt;2.0.0&quot; or &quot;*&quot;</source>
        <translation>verwenden Sie einen npm-Versionsbereich wie &quot;^1.2.0&quot;, &quot;&gt;=1.0.0 &lt;2.0.0&quot; oder &quot;*&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>package &quot;%1&quot; declares table &quot;%2&quot; twice (first at line %3)</source>
        <translation>Paket &quot;%1&quot; deklariert die Tabelle &quot;%2&quot; zweimal (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rename or remove one of the two tables</source>
        <translation>benennen Sie eine der beiden Tabellen um oder entfernen Sie sie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>table &quot;%1&quot; declares column &quot;%2&quot; twice</source>
        <translation>Tabelle &quot;%1&quot; deklariert die Spalte &quot;%2&quot; zweimal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rename or remove one of the two columns</source>
        <translation>benennen Sie eine der beiden Spalten um oder entfernen Sie sie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>table &quot;%1&quot; is workspace-scoped and declares its own &quot;workspace_id&quot; column</source>
        <translation>Tabelle &quot;%1&quot; ist arbeitsbereichsbezogen und deklariert eine eigene Spalte &quot;workspace_id&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove the column: Strata adds &quot;workspace_id&quot; to workspace-scoped tables</source>
        <translation>entfernen Sie die Spalte: Strata ergänzt &quot;workspace_id&quot; in arbeitsbereichsbezogenen Tabellen selbst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>table &quot;%1&quot; has no columns</source>
        <translation>Tabelle &quot;%1&quot; hat keine Spalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add its columns, or remove the table</source>
        <translation>fügen Sie ihre Spalten hinzu oder entfernen Sie die Tabelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>table &quot;%1&quot; has no primary key</source>
        <translation>Tabelle &quot;%1&quot; hat keinen Primärschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark a column &quot;primaryKey&quot;: true, or list the key columns in &quot;primaryKey&quot;</source>
        <translation>markieren Sie eine Spalte mit &quot;primaryKey&quot;: true, oder führen Sie die Schlüsselspalten in &quot;primaryKey&quot; auf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column &quot;%1&quot; is %2 but not the primary key of its table</source>
        <translation>Spalte &quot;%1&quot; ist %2, aber nicht der Primärschlüssel ihrer Tabelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use &quot;integer&quot; or &quot;bigint&quot;, or make the column the primary key</source>
        <translation>verwenden Sie &quot;integer&quot; oder &quot;bigint&quot;, oder machen Sie die Spalte zum Primärschlüssel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 of table &quot;%2&quot; names column &quot;%3&quot;, which the table does not have</source>
        <translation>%1 der Tabelle &quot;%2&quot; nennt die Spalte &quot;%3&quot;, die die Tabelle nicht hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use one of the table&apos;s columns: %1</source>
        <translation>verwenden Sie eine der Spalten der Tabelle: %1</translation>
    </message>
    <message>
        <location filename="../core/registry/ProjectRules.cpp" line="+372"/>
        <location line="+56"/>
        <location line="+141"/>
        <location filename="../core/validation/PackageRules.cpp" line="+2"/>
        <location line="+140"/>
        <location line="+130"/>
        <source>did you mean &quot;%1&quot;?</source>
        <translation>meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../core/validation/PackageRules.cpp" line="-262"/>
        <source>the primary key</source>
        <translation>der Primärschlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a unique constraint</source>
        <translation>eine Eindeutigkeitsbedingung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an index</source>
        <translation>ein Index</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>index</source>
        <translation>Indexname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the derived name &quot;%1&quot; of an index of table &quot;%2&quot; is longer than %3 bytes</source>
        <translation>der abgeleitete Name &quot;%1&quot; eines Index der Tabelle &quot;%2&quot; ist länger als %3 Bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the index a shorter &quot;name&quot;; PostgreSQL would truncate it</source>
        <translation>geben Sie dem Index einen kürzeren &quot;name&quot;; PostgreSQL würde ihn abschneiden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table &quot;%1&quot; has two indexes named &quot;%2&quot;</source>
        <translation>Tabelle &quot;%1&quot; hat zwei Indizes namens &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove the repeated index or give it another &quot;name&quot;</source>
        <translation>entfernen Sie den doppelten Index oder geben Sie ihm einen anderen &quot;name&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>index &quot;%1&quot; of table &quot;%2&quot; has the same name as an index of table &quot;%3&quot;</source>
        <translation>Index &quot;%1&quot; der Tabelle &quot;%2&quot; hat denselben Namen wie ein Index der Tabelle &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the index another &quot;name&quot;; index names are shared by the whole schema</source>
        <translation>geben Sie dem Index einen anderen &quot;name&quot;; Indexnamen gelten für das ganze Schema</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>column &quot;%1&quot; has an invalid type &quot;%2&quot;%3</source>
        <translation>Spalte &quot;%1&quot; hat einen ungültigen Typ &quot;%2&quot;%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &quot;%1&quot; has an unknown type &quot;%2&quot;</source>
        <translation>Spalte &quot;%1&quot; hat einen unbekannten Typ &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use one of the portable types: %1</source>
        <translation>verwenden Sie einen der portablen Typen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the length must be between 1 and 10485760</source>
        <translation>die Länge muss zwischen 1 und 10485760 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the precision must be at most 1000</source>
        <translation>die Genauigkeit darf höchstens 1000 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scale (%1) must be between 0 and the precision (%2)</source>
        <translation>die Anzahl der Nachkommastellen (%1) muss zwischen 0 und der Genauigkeit (%2) liegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column &quot;%1&quot; has an invalid type &quot;%2&quot;: %3</source>
        <translation>Spalte &quot;%1&quot; hat einen ungültigen Typ &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>enum column &quot;%1&quot; has no values</source>
        <translation>enum-Spalte &quot;%1&quot; hat keine Werte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the allowed values: &quot;values&quot;: [&quot;draft&quot;, &quot;sent&quot;]</source>
        <translation>führen Sie die erlaubten Werte auf: &quot;values&quot;: [&quot;draft&quot;, &quot;sent&quot;]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column &quot;%1&quot; lists &quot;values&quot; but its type is %2, not enum</source>
        <translation>Spalte &quot;%1&quot; führt &quot;values&quot; auf, aber ihr Typ ist %2, nicht enum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remove &quot;values&quot;, or set &quot;type&quot;: &quot;enum&quot;</source>
        <translation>entfernen Sie &quot;values&quot;, oder setzen Sie &quot;type&quot;: &quot;enum&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write numeric(precision, scale) with 1 &lt;= precision &lt;= 1000 and 0 &lt;= scale &lt;= precision, e.g. numeric(12,2)</source>
        <translation>schreiben Sie numeric(Genauigkeit, Nachkommastellen) mit 1 &lt;= Genauigkeit &lt;= 1000 und 0 &lt;= Nachkommastellen &lt;= Genauigkeit, z. B. numeric(12,2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write %1(n) with a length n of at least 1, e.g. %1(255)</source>
        <translation>schreiben Sie %1(n) mit einer Länge n von mindestens 1, z. B. %1(255)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>column &quot;%1&quot; has more than one of &quot;default&quot;, &quot;defaultSql&quot; and &quot;defaultNow&quot;</source>
        <translation>Spalte &quot;%1&quot; hat mehr als eines von &quot;default&quot;, &quot;defaultSql&quot; und &quot;defaultNow&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep only one of them</source>
        <translation>behalten Sie nur eines davon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &quot;%1&quot; is %2, so &quot;defaultNow&quot; does not apply</source>
        <translation>Spalte &quot;%1&quot; ist %2, daher gilt &quot;defaultNow&quot; nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a date, time or timestamp type, or remove &quot;defaultNow&quot;</source>
        <translation>verwenden Sie einen Datums-, Zeit- oder Zeitstempeltyp, oder entfernen Sie &quot;defaultNow&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the default of column &quot;%1&quot; (%2) %3</source>
        <translation>der Standardwert der Spalte &quot;%1&quot; (%2) %3</translation>
    </message>
    <message>
        <location filename="../core/validation/DefaultLiterals.cpp" line="+103"/>
        <source>write true or false, without quotes</source>
        <translation>schreiben Sie true oder false, ohne Anführungszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use one of the values: %1</source>
        <translation>verwenden Sie einen der Werte: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write an ISO date such as &quot;2024-01-31&quot;</source>
        <translation>schreiben Sie ein ISO-Datum wie &quot;2024-01-31&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write an ISO time such as &quot;13:45:00&quot;</source>
        <translation>schreiben Sie eine ISO-Uhrzeit wie &quot;13:45:00&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write an ISO timestamp such as &quot;2024-01-31T13:45:00Z&quot;, or use &quot;defaultNow&quot;: true</source>
        <translation>schreiben Sie einen ISO-Zeitstempel wie &quot;2024-01-31T13:45:00Z&quot;, oder verwenden Sie &quot;defaultNow&quot;: true</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a UUID such as &quot;123e4567-e89b-12d3-a456-426614174000&quot;, or use &quot;defaultSql&quot; for a generated one</source>
        <translation>schreiben Sie eine UUID wie &quot;123e4567-e89b-12d3-a456-426614174000&quot;, oder verwenden Sie &quot;defaultSql&quot; für eine generierte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write a number that fits %1, without quotes</source>
        <translation>schreiben Sie eine Zahl, die in %1 passt, ohne Anführungszeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write a string that fits %1, in quotes</source>
        <translation>schreiben Sie einen String, der in %1 passt, in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a literal of the column&apos;s type, or use &quot;defaultSql&quot;</source>
        <translation>schreiben Sie ein Literal vom Typ der Spalte, oder verwenden Sie &quot;defaultSql&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is null, but the column is not null</source>
        <translation>ist null, aber die Spalte erlaubt kein null</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not a boolean</source>
        <translation>ist kein boolescher Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location line="+14"/>
        <location line="+10"/>
        <source>is not a string</source>
        <translation>ist kein String</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>is &quot;%1&quot;, which is not one of its values</source>
        <translation>ist &quot;%1&quot;, was keiner ihrer Werte ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an ISO 8601 %2</source>
        <translation>&quot;%1&quot; ist kein gültiger ISO-8601-Wert für %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a UUID string</source>
        <translation>ist kein UUID-String</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>has %1 characters, more than %2</source>
        <translation>hat %1 Zeichen, mehr als %2</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+33"/>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is out of range for %1</source>
        <translation>liegt außerhalb des Wertebereichs von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a decimal number</source>
        <translation>ist keine Dezimalzahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has more integer digits than %1 allows</source>
        <translation>hat mehr Vorkommastellen, als %1 erlaubt</translation>
    </message>
    <message>
        <location filename="../core/validation/PackageRules.cpp" line="+32"/>
        <source>&quot;%1&quot; of column &quot;%2&quot; is &quot;%3&quot;, which is not a referential action</source>
        <translation>&quot;%1&quot; der Spalte &quot;%2&quot; ist &quot;%3&quot;, was keine referenzielle Aktion ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use one of: %1</source>
        <translation>verwenden Sie einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &quot;%1&quot; cannot be null (not null or part of the primary key), so &quot;%2&quot;: &quot;set null&quot; would fail</source>
        <translation>Spalte &quot;%1&quot; kann nicht null sein (not null oder Teil des Primärschlüssels), daher würde &quot;%2&quot;: &quot;set null&quot; fehlschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use &quot;cascade&quot; or &quot;restrict&quot;, or allow nulls in the column</source>
        <translation>verwenden Sie &quot;cascade&quot; oder &quot;restrict&quot;, oder erlauben Sie null in der Spalte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>table &quot;%1&quot; does not start with &quot;%2&quot;</source>
        <translation>Tabelle &quot;%1&quot; beginnt nicht mit &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rename it to &quot;%1&quot; (strata.json: rules.tablePrefix)</source>
        <translation>benennen Sie sie in &quot;%1&quot; um (strata.json: rules.tablePrefix)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>table &quot;%1&quot; is neither workspace-scoped nor global</source>
        <translation>Tabelle &quot;%1&quot; ist weder arbeitsbereichsbezogen noch global</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add &quot;workspaceScoped&quot;: true, or &quot;global&quot;: true for shared data (strata.json: rules.requireWorkspaceScope)</source>
        <translation>fügen Sie &quot;workspaceScoped&quot;: true hinzu, oder &quot;global&quot;: true für gemeinsame Daten (strata.json: rules.requireWorkspaceScope)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>table &quot;%1&quot; has no comment</source>
        <translation>Tabelle &quot;%1&quot; hat keinen Kommentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a &quot;comment&quot; that says what a row is (strata.json: rules.requireComments)</source>
        <translation>fügen Sie einen &quot;comment&quot; hinzu, der sagt, was eine Zeile darstellt (strata.json: rules.requireComments)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &quot;%1&quot; has no comment</source>
        <translation>Spalte &quot;%1&quot; hat keinen Kommentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a &quot;comment&quot; that says what the column holds (strata.json: rules.requireComments)</source>
        <translation>fügen Sie einen &quot;comment&quot; hinzu, der sagt, was die Spalte enthält (strata.json: rules.requireComments)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>package &quot;%1&quot; has two migrations with the id &quot;%2&quot;</source>
        <translation>Paket &quot;%1&quot; hat zwei Migrationen mit der ID &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rename one of the two migrations</source>
        <translation>benennen Sie eine der beiden Migrationen um</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>migrations &quot;%1&quot; and &quot;%2&quot; of package &quot;%3&quot; share the number %4, so their order is ambiguous</source>
        <translation>die Migrationen &quot;%1&quot; und &quot;%2&quot; des Pakets &quot;%3&quot; haben dieselbe Nummer %4, daher ist ihre Reihenfolge mehrdeutig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give &quot;%1&quot; the next free number</source>
        <translation>geben Sie &quot;%1&quot; die nächste freie Nummer</translation>
    </message>
    <message>
        <location filename="../core/registry/ProjectRules.cpp" line="-498"/>
        <source>a C++ registration</source>
        <translation>eine C++-Registrierung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>package &quot;%1&quot; is declared twice; the other one is in %2</source>
        <translation>Paket &quot;%1&quot; ist zweimal deklariert; die andere Deklaration: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rename one of the packages or remove the copy</source>
        <translation>benennen Sie eines der Pakete um oder entfernen Sie die Kopie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>package &quot;%1&quot; depends on &quot;%2&quot;, which is not a package of the project</source>
        <translation>Paket &quot;%1&quot; hängt von &quot;%2&quot; ab, das kein Paket des Projekts ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add the package to the project, or remove the dependency</source>
        <translation>fügen Sie das Paket zum Projekt hinzu oder entfernen Sie die Abhängigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+413"/>
        <source>did you mean %1?</source>
        <translation>meinten Sie %1?</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>package &quot;%1&quot; needs &quot;%2&quot; %3, but the project has version %4</source>
        <translation>Paket &quot;%1&quot; benötigt &quot;%2&quot; %3, aber das Projekt hat Version %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>widen the range to include %1, or update &quot;%2&quot;</source>
        <translation>erweitern Sie den Bereich, sodass er %1 einschließt, oder aktualisieren Sie &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove one of the dependencies of the cycle; move what both need into a package of its own</source>
        <translation>entfernen Sie eine der Abhängigkeiten des Zyklus; verschieben Sie, was beide brauchen, in ein eigenes Paket</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>table &quot;%1&quot; of package &quot;%2&quot; is also declared by package &quot;%3&quot;</source>
        <translation>Tabelle &quot;%1&quot; des Pakets &quot;%2&quot; wird auch von Paket &quot;%3&quot; deklariert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rename the table; a table prefix per package avoids clashes</source>
        <translation>benennen Sie die Tabelle um; ein Tabellenpräfix pro Paket vermeidet Konflikte</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>index &quot;%1&quot; of table &quot;%2&quot; has the same name as an index of table &quot;%3&quot; in package &quot;%4&quot;</source>
        <translation>Index &quot;%1&quot; der Tabelle &quot;%2&quot; hat denselben Namen wie ein Index der Tabelle &quot;%3&quot; in Paket &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give the index another &quot;name&quot;; PostgreSQL index names are shared by the whole schema</source>
        <translation>geben Sie dem Index einen anderen &quot;name&quot;; in PostgreSQL gelten Indexnamen für das ganze Schema</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>column &quot;%1&quot; references table &quot;%2&quot;, which no package declares</source>
        <translation>Spalte &quot;%1&quot; verweist auf die Tabelle &quot;%2&quot;, die kein Paket deklariert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>declare the table, or correct &quot;references.table&quot;</source>
        <translation>deklarieren Sie die Tabelle oder korrigieren Sie &quot;references.table&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &quot;%1&quot; references table &quot;%2&quot; of package &quot;%3&quot;, which package &quot;%4&quot; does not depend on</source>
        <translation>Spalte &quot;%1&quot; verweist auf die Tabelle &quot;%2&quot; des Pakets &quot;%3&quot;, von dem Paket &quot;%4&quot; nicht abhängt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+138"/>
        <location line="+59"/>
        <source>add &quot;%1&quot; to &quot;dependencies&quot;</source>
        <translation>fügen Sie &quot;%1&quot; zu &quot;dependencies&quot; hinzu</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>column &quot;%1&quot; references table &quot;%2&quot;, which has no primary key</source>
        <translation>Spalte &quot;%1&quot; verweist auf die Tabelle &quot;%2&quot;, die keinen Primärschlüssel hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column &quot;%1&quot; references table &quot;%2&quot;, whose primary key has %3 columns</source>
        <translation>Spalte &quot;%1&quot; verweist auf die Tabelle &quot;%2&quot;, deren Primärschlüssel %3 Spalten hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name the referenced column in &quot;references.column&quot;</source>
        <translation>nennen Sie die referenzierte Spalte in &quot;references.column&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>column &quot;%1&quot; references column &quot;%2&quot; of table &quot;%3&quot;, which does not exist</source>
        <translation>Spalte &quot;%1&quot; verweist auf die Spalte &quot;%2&quot; der Tabelle &quot;%3&quot;, die nicht existiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use one of the columns: %1</source>
        <translation>verwenden Sie eine der Spalten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &quot;%1&quot; references &quot;%2.%3&quot;, which is neither a primary key nor unique</source>
        <translation>Spalte &quot;%1&quot; verweist auf &quot;%2.%3&quot;, die weder Primärschlüssel noch eindeutig ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reference the primary key, or mark &quot;%1.%2&quot; &quot;unique&quot;: true</source>
        <translation>verweisen Sie auf den Primärschlüssel, oder markieren Sie &quot;%1.%2&quot; mit &quot;unique&quot;: true</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &quot;%1&quot; is %2 but references &quot;%3.%4&quot;, which is %5</source>
        <translation>Spalte &quot;%1&quot; ist %2, verweist aber auf &quot;%3.%4&quot;, die %5 ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>make the column %1</source>
        <translation>geben Sie der Spalte den Typ %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>table &quot;%1&quot; is workspace-scoped, but no package declares the workspace table &quot;%2&quot;</source>
        <translation>Tabelle &quot;%1&quot; ist arbeitsbereichsbezogen, aber kein Paket deklariert die Arbeitsbereichstabelle &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>declare table &quot;%1&quot; in a package, or set &quot;workspaceTable&quot; in strata.json</source>
        <translation>deklarieren Sie die Tabelle &quot;%1&quot; in einem Paket, oder setzen Sie &quot;workspaceTable&quot; in strata.json</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table &quot;%1&quot; is workspace-scoped, but package &quot;%2&quot; does not depend on &quot;%3&quot;, which owns the workspace table &quot;%4&quot;</source>
        <translation>Tabelle &quot;%1&quot; ist arbeitsbereichsbezogen, aber Paket &quot;%2&quot; hängt nicht von &quot;%3&quot; ab, dem die Arbeitsbereichstabelle &quot;%4&quot; gehört</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>migration &quot;%1&quot; requires &quot;%2:%3&quot;, but there is no package &quot;%2&quot;</source>
        <translation>Migration &quot;%1&quot; setzt &quot;%2:%3&quot; voraus, aber es gibt kein Paket &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>correct the package name of the requirement</source>
        <translation>korrigieren Sie den Paketnamen der Voraussetzung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>migration &quot;%1&quot; requires &quot;%2:%3&quot;, but package &quot;%2&quot; has no migration &quot;%3&quot;</source>
        <translation>Migration &quot;%1&quot; setzt &quot;%2:%3&quot; voraus, aber Paket &quot;%2&quot; hat keine Migration &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>correct the migration id of the requirement</source>
        <translation>korrigieren Sie die Migrations-ID der Voraussetzung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>migration &quot;%1&quot; requires a migration of package &quot;%2&quot;, which package &quot;%3&quot; does not depend on</source>
        <translation>Migration &quot;%1&quot; setzt eine Migration des Pakets &quot;%2&quot; voraus, von dem Paket &quot;%3&quot; nicht abhängt</translation>
    </message>
</context>
<context>
    <name>TableDetails</name>
    <message>
        <location filename="../ui/pages/TableDetails.cpp" line="+18"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+119"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Type (%1)</source>
        <translation>Typ (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nullable</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FK</source>
        <translation>FK</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>added by Strata</source>
        <translation>von Strata ergänzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declared type: %1</source>
        <translation>Deklarierter Typ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added by Strata: the table is workspace-scoped.</source>
        <translation>Von Strata ergänzt: Die Tabelle ist arbeitsbereichsbezogen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <location line="+3"/>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added by Strata (workspace scope)</source>
        <translation>von Strata ergänzt (Arbeitsbereichsbezug)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>declared</source>
        <translation>deklariert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every workspace-scoped table is indexed on workspace_id.</source>
        <translation>Jede arbeitsbereichsbezogene Tabelle hat einen Index auf workspace_id.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Constraint</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check</source>
        <translation>Prüfbedingung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check (enum)</source>
        <translation>Prüfbedingung (enum)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (added by Strata)</source>
        <translation>%1 (von Strata ergänzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no action (default)</source>
        <translation>no action (Standard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.%2 refers to %3.%4</source>
        <translation>%1.%2 verweist auf %3.%4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+18"/>
        <source>Strata schema workbench</source>
        <translation>Strata-Schema-Werkbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project folder to open.</source>
        <translation>Der zu öffnende Projektordner.</translation>
    </message>
</context>
</TS>
