#pragma once

#include <QHash>
#include <QString>

#include <limits>

class QSqlQuery;

namespace linkscope::store {

// Rollup resolutions kept for numeric samples (ms): a minute and an hour.
inline constexpr qint64 RollupLevels[] = {60'000, 3'600'000};

// The start of the rollup period that holds `time` (floor, negatives too).
inline qint64 rollupStart(qint64 time, qint64 level)
{
    return time - ((time % level) + level) % level;
}

// min/max/count/last per attribute and rollup period, gathered over one
// write batch and merged into sample_rollups with one upsert per row.
class RollupBatch {
public:
    static const char *upsertSql();

    void add(qint64 attribute, qint64 time, double value);
    // Runs the prepared upsertSql() query once per row; the error, or empty.
    QString write(QSqlQuery &upsert) const;
    void clear() { m_rows.clear(); }

private:
    struct Key {
        qint64 attribute;
        qint64 level;
        qint64 start;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.attribute, k.level, k.start);
        }
    };
    struct Row {
        double mn = 0;
        double mx = 0;
        qint64 cnt = 0;
        double last = 0;
        qint64 lastTime = std::numeric_limits<qint64>::min();
    };
    QHash<Key, Row> m_rows;
};

} // namespace linkscope::store
