#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace linkscope::sim {

// The manifest's data at one moment (CloudQueue::manifestSnapshot()). The
// id lists are shared with the queue's own, not copied: taking one is quick,
// and the queue's next append copies the list's pointers under its lock
// (milliseconds at a million ids, where building the JSON there took over a
// second and held back every sending thread).
struct ManifestSnapshot {
    QStringList sent;
    QStringList acknowledged;
    QStringList malformed;
    QJsonObject countsByKind;
    QJsonObject lastValues;
};

// The manifest as a JSON object (docs/SIMULATOR.md, "State and manifest").
QJsonObject manifestObject(const ManifestSnapshot &s);

// The same object with "final" added, as QJsonDocument's compact text,
// byte for byte, written directly: a million ids take tens of milliseconds,
// where a QJsonArray of them, serialised, took over a second.
QByteArray manifestJson(const ManifestSnapshot &s, bool isFinal);

} // namespace linkscope::sim
