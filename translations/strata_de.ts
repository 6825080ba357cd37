<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Strata::GraphLayout</name>
    <message>
        <location filename="../ui/graph/GraphLayout.cpp" line="+87"/>
        <source>Graphviz could not lay out the graph</source>
        <translation>Graphviz konnte den Graphen nicht anordnen</translation>
    </message>
</context>
<context>
    <name>Strata::Ui</name>
    <message>
        <location filename="../ui/graph/GraphBuilder.cpp" line="+42"/>
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
    <name>Strata::Ui::GraphBuilder</name>
    <message>
        <location filename="../ui/graph/GraphBuilder.cpp" line="+73"/>
        <source>%n table(s)</source>
        <translation>%n Tabellen</translation>
    </message>
</context>
<context>
    <name>Strata::Ui::GraphExporter</name>
    <message>
        <location filename="../ui/graph/GraphExporter.cpp" line="+35"/>
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
        <location filename="../ui/graph/GraphPanel.cpp" line="+77"/>
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
        <location line="+15"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graph toolbar</source>
        <translation>Graph-Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+606"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="-604"/>
        <source>Graph of</source>
        <translation>Graph der</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the package dependency graph or the table graph</source>
        <translation>Den Abhängigkeitsgraphen der Pakete oder den Tabellengraphen zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
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
        <location line="+16"/>
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
        <location line="+7"/>
        <source>Graph modes</source>
        <translation>Graphmodi</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+5"/>
        <source> links</source>
        <translation> Verbindungen</translation>
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
        <location line="+3"/>
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
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the chain of foreign keys between two tables</source>
        <translation>Die Kette der Fremdschlüssel zwischen zwei Tabellen zeigen</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+4"/>
        <source>Hide Others</source>
        <translation>Andere ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide what focus or path mode leaves out, instead of dimming it</source>
        <translation>Ausblenden, was Fokus- oder Pfadmodus auslassen, statt es abzublenden</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location line="+128"/>
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
        <location line="+101"/>
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
        <location line="+163"/>
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
    <name>Strata::Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+58"/>
        <source>Main area</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;Projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Packages</source>
        <translation>&amp;Pakete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;roblems</source>
        <translation>P&amp;robleme</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+61"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+45"/>
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
        <location line="+29"/>
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
        <location line="+19"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
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
        <location filename="../ui/graph/NodeItem.cpp" line="+37"/>
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
    <name>Strata::Ui::PackageTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/PackageTreeModel.cpp" line="+67"/>
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
        <location line="+50"/>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered from C++</source>
        <translation>Aus C++ registriert</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+41"/>
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
    <message>
        <location line="+225"/>
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
        <location filename="../ui/panels/PackagesPanel.cpp" line="+14"/>
        <location line="+23"/>
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
    <name>Strata::Ui::ProblemsModel</name>
    <message>
        <location filename="../ui/models/ProblemsModel.cpp" line="+40"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+81"/>
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
        <location filename="../ui/panels/ProblemsPanel.cpp" line="+32"/>
        <location line="+29"/>
        <location line="+46"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-62"/>
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
        <source>Filter problems…</source>
        <translation>Probleme filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
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
        <location filename="../ui/project/ProjectSession.cpp" line="+25"/>
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
    <name>Strata::Ui::SummaryPage</name>
    <message>
        <location filename="../ui/pages/SummaryPage.cpp" line="+33"/>
        <location line="+16"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
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
        <location line="+17"/>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+227"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+227"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="-217"/>
        <location line="+249"/>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Summary list</source>
        <translation>Übersichtsliste</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
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
        <location line="+42"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="-41"/>
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
        <location line="+40"/>
        <location line="+54"/>
        <location line="+74"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Packages (in dependency order)</source>
        <translation>Pakete (in Abhängigkeitsreihenfolge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="-38"/>
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
        <location line="+14"/>
        <source>Package · version %1</source>
        <translation>Paket · Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+129"/>
        <source>registered from C++</source>
        <translation>aus C++ registriert</translation>
    </message>
    <message>
        <location line="-127"/>
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
        <location line="+15"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+80"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="-80"/>
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
        <location line="+82"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message numerus="yes">
        <location line="-59"/>
        <source>Table in %1 · %n column(s)</source>
        <translation>
            <numerusform>Tabelle in %1 · %n Spalte</numerusform>
            <numerusform>Tabelle in %1 · %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+5"/>
        <source>unique (%1)</source>
        <translation>eindeutig (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indexes:</source>
        <translation>Indizes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defined in:</source>
        <translation>Definiert in:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on delete %1</source>
        <translation>beim Löschen %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not null</source>
        <translation>nicht null</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added by Strata</source>
        <translation>von Strata ergänzt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type (%1)</source>
        <translation>Typ (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portable type</source>
        <translation>Portabler Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+15"/>
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
