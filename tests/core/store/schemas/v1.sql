-- A database as schema 1 held it: vehicles, sessions, uploads and KeyList readings, before the
-- estimator stored anything (the same imports as v2.sql).
CREATE TABLE battery_health (
        vehicle_id INTEGER PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
        computed_at INTEGER NOT NULL,
        capacity_kwh REAL,
        capacity_low_kwh REAL,
        capacity_high_kwh REAL,
        capacity_new_kwh REAL,
        capacity_new_source TEXT,
        soh_percent REAL,
        estimates INTEGER NOT NULL DEFAULT 0,
        derived_estimates INTEGER NOT NULL DEFAULT 0);
CREATE TABLE battery_readings (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        read_at INTEGER NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (vehicle_id, kind, read_at)) WITHOUT ROWID;
INSERT INTO "battery_readings" VALUES(1,'battery_size_max_kwh',1723713164,83.9);
INSERT INTO "battery_readings" VALUES(1,'max_energy_kwh',1723658590,78.4);
INSERT INTO "battery_readings" VALUES(1,'soh_percent',1723593600,97.0);
INSERT INTO "battery_readings" VALUES(2,'max_energy_kwh',1735722000,27.6);
CREATE TABLE sessions (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        start_time INTEGER NOT NULL,
        end_time INTEGER NOT NULL,
        soc_start REAL NOT NULL,
        soc_end REAL NOT NULL,
        energy_grid_kwh REAL,
        energy_battery_kwh REAL,
        mileage_km REAL,
        charging_duration_s INTEGER,
        avg_power_kw REAL,
        max_power_kw REAL,
        charging_kind TEXT,
        provider TEXT,
        cost REAL,
        currency TEXT,
        preconditioning INTEGER,
        PRIMARY KEY (vehicle_id, start_time)) WITHOUT ROWID;
INSERT INTO "sessions" VALUES(1,1717230000,1717266000,22.0,80.0,50.1,46.71,18250.0,16546,10.9,10.9,'ac',NULL,15.03,'EUR',0);
INSERT INTO "sessions" VALUES(1,1717489200,1717491600,11.0,79.0,56.2,54.38,18702.0,2064,98.0,98.0,'dc','IONITY',39.34,'EUR',0);
INSERT INTO "sessions" VALUES(1,1717748400,1717798800,35.0,64.0,28.4,23.85,18990.0,46472,2.2,2.2,'ac_low',NULL,8.52,'EUR',1);
INSERT INTO "sessions" VALUES(1,1718007600,1718037600,18.0,90.0,63.3,NULL,19345.0,20716,11.0,11.0,'ac',NULL,18.99,'EUR',0);
INSERT INTO "sessions" VALUES(2,1735732800,1735740000,20.0,80.0,19.6,NULL,19312.128,6500,1.08553846153846151874e+01,1.08553846153846151874e+01,'ac',NULL,NULL,'GBP',0);
INSERT INTO "sessions" VALUES(2,1735822800,1735830000,21.0,80.0,19.6,NULL,1.93765017600000028323e+04,6500,1.08553846153846151874e+01,1.08553846153846151874e+01,'ac',NULL,NULL,'GBP',0);
INSERT INTO "sessions" VALUES(2,1735912800,1735920000,22.0,80.0,19.6,NULL,19440.87552,6500,1.08553846153846151874e+01,1.08553846153846151874e+01,'ac',NULL,NULL,'GBP',0);
INSERT INTO "sessions" VALUES(3,1624739132,1624776203,73.0,100.0,3.36884444444444453026e+00,1.644,NULL,5296,2.29,2.29,'ac_low',NULL,NULL,'EUR',0);
INSERT INTO "sessions" VALUES(4,1622192195,1622196293,7.0,50.0,4.07959111111111116798e+00,2.548,NULL,3977,3.69286597938144334207e+00,3.69286597938144334207e+00,'ac_low','Provider name',NULL,NULL,0);
CREATE TABLE upload_vehicles (
        upload_id INTEGER NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        PRIMARY KEY (upload_id, vehicle_id)) WITHOUT ROWID;
INSERT INTO "upload_vehicles" VALUES(1,1);
INSERT INTO "upload_vehicles" VALUES(2,1);
INSERT INTO "upload_vehicles" VALUES(3,2);
INSERT INTO "upload_vehicles" VALUES(4,3);
INSERT INTO "upload_vehicles" VALUES(5,4);
CREATE TABLE uploads (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('json', 'archive', 'keylist')),
        bytes INTEGER NOT NULL,
        imported_at INTEGER NOT NULL,
        sessions_new INTEGER NOT NULL,
        sessions_duplicate INTEGER NOT NULL,
        sessions_rejected INTEGER NOT NULL);
INSERT INTO "uploads" VALUES(1,'c502615928d3e030f4bf8dd980e75aaf6a9c3821b9080c3b463a1060173a8f00','json',5916,1796241752,4,0,1);
INSERT INTO "uploads" VALUES(2,'d8c32c790a2e395e20957a19b1e947edf3b9bc389f132a27ca069898137a0491','json',3719,1796241752,0,3,0);
INSERT INTO "uploads" VALUES(3,'2d2e28f88599ae91d79a5aab24d240ce1ab052a854a4680a92fa614a698f3441','json',1537,1796241752,3,0,0);
INSERT INTO "uploads" VALUES(4,'050acdf1321f9318beba41eda58e26ff936de7bec6aadc4c42b88f1519941e7e','json',623,1796241752,1,0,0);
INSERT INTO "uploads" VALUES(5,'c73f90f6b1c4dc66747eb3616dac9bb74002d065cbb38f29e09015cdce58e35c','json',823,1796241752,1,0,0);
CREATE TABLE vehicles (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        model TEXT,
        model_source TEXT CHECK (model_source IN ('keylist', 'user')),
        drive_train TEXT,
        capacity_new_override_kwh REAL CHECK (capacity_new_override_kwh > 0),
        created_at INTEGER NOT NULL);
INSERT INTO "vehicles" VALUES(1,'9005ae713f79c444','i4 eDrive40','keylist','BEV',NULL,1796241752);
INSERT INTO "vehicles" VALUES(2,'c1973d8cd21cc6b4','MINI Cooper SE','keylist','BEV',29.5,1796241752);
INSERT INTO "vehicles" VALUES(3,'d1c95c4280796bc0','i3 (120 Ah)','user',NULL,NULL,1796241752);
INSERT INTO "vehicles" VALUES(4,'aa99b0eda19168c4','i3 (120 Ah)','user',NULL,NULL,1796241752);
CREATE INDEX upload_vehicles_by_vehicle ON upload_vehicles (vehicle_id);
PRAGMA user_version = 1;
