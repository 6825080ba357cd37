<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Strata::Ui::GraphNodeListModel</name>
        <message numerus="yes">
            <location filename="../ui/graph/GraphNodeListModel.cpp" line="+79" />
            <source>Links to %n node(s),</source>
            <translation>
                <numerusform>Links to %n node,</numerusform>
                <numerusform>Links to %n nodes,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>linked from %n node(s).</source>
            <translation>
                <numerusform>linked from %n node.</numerusform>
                <numerusform>linked from %n nodes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>Table %1 in package %2, %n listed column(s).</source>
            <translation>
                <numerusform>Table %1 in package %2, %n listed column.</numerusform>
                <numerusform>Table %1 in package %2, %n listed columns.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n error(s).</source>
            <translation>
                <numerusform>%n error.</numerusform>
                <numerusform>%n errors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n warning(s).</source>
            <translation>
                <numerusform>%n warning.</numerusform>
                <numerusform>%n warnings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Strata::Ui::GraphPanel</name>
        <message numerus="yes">
            <location filename="../ui/graph/GraphPanel.cpp" line="+360" />
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n node</numerusform>
                <numerusform>%n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n link</numerusform>
                <numerusform>%n links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n shown</numerusform>
                <numerusform>%n shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+102" />
            <source>Path of %n link(s)</source>
            <translation>
                <numerusform>Path of %n link</numerusform>
                <numerusform>Path of %n links</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Strata::Ui::MainWindow</name>
        <message numerus="yes">
            <location filename="../ui/MainWindow.cpp" line="+261" />
            <source>%n package(s)</source>
            <translation>
                <numerusform>%n package</numerusform>
                <numerusform>%n packages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n table</numerusform>
                <numerusform>%n tables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Strata::Ui::NodeItem</name>
        <message numerus="yes">
            <location filename="../ui/graph/NodeItem.cpp" line="+37" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+160" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Strata::Ui::PackageTreeModel</name>
        <message numerus="yes">
            <location filename="../ui/models/PackageTreeModel.cpp" line="+67" />
            <location line="+3" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-2" />
            <location line="+4" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n column</numerusform>
                <numerusform>%n columns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+81" />
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n table</numerusform>
                <numerusform>%n tables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n migration(s)</source>
            <translation>
                <numerusform>%n migration</numerusform>
                <numerusform>%n migrations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Strata::Ui::ProblemsPanel</name>
        <message numerus="yes">
            <location filename="../ui/panels/ProblemsPanel.cpp" line="+105" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Strata::Ui::SummaryPage</name>
        <message numerus="yes">
            <location filename="../ui/pages/SummaryPage.cpp" line="+36" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+152" />
            <source>Project · %n package(s)</source>
            <translation>
                <numerusform>Project · %n package</numerusform>
                <numerusform>Project · %n packages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n table(s)</source>
            <translation>
                <numerusform>%n table</numerusform>
                <numerusform>%n tables</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+48" />
            <source>%n migration(s) in %1</source>
            <translation>
                <numerusform>%n migration in %1</numerusform>
                <numerusform>%n migrations in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+41" />
            <source>Table in %1 · %n column(s)</source>
            <translation>
                <numerusform>Table in %1 · %n column</numerusform>
                <numerusform>Table in %1 · %n columns</numerusform>
            </translation>
        </message>
    </context>
</TS>
