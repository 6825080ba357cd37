// A plugin for the tests that was built for an earlier version of Strata's package plugin interface:
// the scanner must refuse it from its metadata, without loading it.
#include <QObject>
#include <QtPlugin>

class OldInterfacePlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.strata.PackagePlugin/0" FILE "old_interface.json")
};

#include "OldInterfacePlugin.moc"
