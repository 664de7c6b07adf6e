-- A database as version 0.2 (schema 3) wrote it: the fixtures current, older, api and keylist
-- imported, the public samples with --model "i3 (120 Ah)", and a capacity override on the MINI.
-- Made with that version's cardata-health-cli and a fixed installation secret (bytes 0..31).
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
        derived_estimates INTEGER NOT NULL DEFAULT 0, soh_low_percent REAL, soh_high_percent REAL, catalog_model TEXT, uses_prior_efficiency INTEGER NOT NULL DEFAULT 0, last_time INTEGER, last_mileage_km REAL, date_origin INTEGER);
INSERT INTO "battery_health" VALUES(1,1796285726,8.14032404932809186028e+01,7.82621333555919846975e+01,8.45443476309698524993e+01,80.7,'table',1.00871425642231614004e+02,4,1,9.69790995732242748755e+01,1.0476375171123896734e+02,'i4 eDrive40',0,1718007600,19345.0,1717230000);
INSERT INTO "battery_health" VALUES(2,1796285734,3.1255555613570702889e+01,2.78460484029863870598e+01,3.46650628241550151642e+01,29.5,'override',1.05951035978205766242e+02,3,3,94.393384416903,1.17508687539508514417e+02,NULL,1,1735912800,19440.87552,1735732800);
INSERT INTO "battery_health" VALUES(3,1796285726,NULL,NULL,NULL,37.9,'table',NULL,0,0,NULL,NULL,'i3 120Ah',0,NULL,NULL,NULL);
INSERT INTO "battery_health" VALUES(4,1796285726,NULL,NULL,NULL,37.9,'table',NULL,0,0,NULL,NULL,'i3 120Ah',0,NULL,NULL,NULL);
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
CREATE TABLE capacity_points (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        start_time INTEGER NOT NULL,
        mileage_km REAL,
        capacity_kwh REAL NOT NULL,
        sigma_kwh REAL NOT NULL,
        delta_soc REAL NOT NULL,
        derived INTEGER NOT NULL,
        outlier INTEGER NOT NULL,
        charging_kind TEXT,
        PRIMARY KEY (vehicle_id, start_time)) WITHOUT ROWID;
INSERT INTO "capacity_points" VALUES(1,1717230000,18250.0,8.05344827586206832813e+01,6.95045469633542412069e-01,58.0,0,0,'ac');
INSERT INTO "capacity_points" VALUES(1,1717489200,18702.0,7.99705882352941159734e+01,6.24590260846770273239e-01,68.0,0,0,'dc');
INSERT INTO "capacity_points" VALUES(1,1717748400,18990.0,8.22413793103448256295e+01,1.22794887039239,29.0,0,0,'ac_low');
INSERT INTO "capacity_points" VALUES(1,1718007600,19345.0,81.6585212173488,1.22223091294047492283e+00,72.0,1,0,'ac');
INSERT INTO "capacity_points" VALUES(2,1735732800,19312.128,3.02166666666666721145e+01,4.67663836876684613219e-01,60.0,1,0,'ac');
INSERT INTO "capacity_points" VALUES(2,1735822800,1.93765017600000028323e+04,3.07288135593220381727e+01,4.77157002031804222674e-01,59.0,1,0,'ac');
INSERT INTO "capacity_points" VALUES(2,1735912800,19440.87552,3.12586206896551779257e+01,4.87055027883026181445e-01,58.0,1,0,'ac');
CREATE TABLE health_trends (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        axis TEXT NOT NULL CHECK (axis IN ('date', 'mileage')),
        shape TEXT NOT NULL CHECK (shape IN ('constant', 'linear', 'early-drop')),
        x0 REAL NOT NULL,
        c0 REAL NOT NULL, c1 REAL NOT NULL, c2 REAL NOT NULL,
        cov0 REAL NOT NULL, cov1 REAL NOT NULL, cov2 REAL NOT NULL,
        cov3 REAL NOT NULL, cov4 REAL NOT NULL, cov5 REAL NOT NULL,
        cov6 REAL NOT NULL, cov7 REAL NOT NULL, cov8 REAL NOT NULL,
        scale REAL NOT NULL,
        dof INTEGER NOT NULL,
        x_min REAL NOT NULL,
        x_max REAL NOT NULL,
        PRIMARY KEY (vehicle_id, axis)) WITHOUT ROWID;
INSERT INTO "health_trends" VALUES(1,'date','constant',1.0,8.06199051979463803246e+01,0.0,0.0,1.97853964855427971736e-01,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,1.05902405248732200959e+00,3,0.0,9.0);
INSERT INTO "health_trends" VALUES(1,'mileage','early-drop',4000.0,6.24043093860610724715e+01,1.12696477092913503043e-03,-2.82462072650730533496e+00,5.83895829894025496275e+02,-3.12124407934982091294e-02,-1.68405558480694539369e+00,-3.12124407934981952517e-02,1.674093537255375507e-06,-4.12204461813705792501e-06,-1.68405558480726380565e+00,-4.12204461811999868167e-06,1.77778581891226328259e+00,1.10147571828624557532e+00,2,18250.0,19345.0);
INSERT INTO "health_trends" VALUES(2,'date','constant',1.0,3.0720596302930310629e+01,0.0,0.0,9.03520893065167529645e-02,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,1.09124757977489283966e+00,2,0.0,2.08333333333333348136e+00);
INSERT INTO "health_trends" VALUES(2,'mileage','early-drop',4000.0,-1.25058400148276788849e+02,8.09317743852915570668e-03,-1.03250000515977546911e+00,1.03197281413562286613e+04,-5.32624276067886426311e-01,-0.186794060416132,-5.32624276067886204266e-01,2.74906470156476488405e-05,-3.8552779391281265223e-07,-1.86794060421340890609e-01,-3.85527793643963494815e-07,1.95806249999883413837e-01,1.0,1,19312.128,19440.87552);
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
INSERT INTO "uploads" VALUES(1,'c502615928d3e030f4bf8dd980e75aaf6a9c3821b9080c3b463a1060173a8f00','json',5916,1796285726,4,0,1);
INSERT INTO "uploads" VALUES(2,'d8c32c790a2e395e20957a19b1e947edf3b9bc389f132a27ca069898137a0491','json',3719,1796285726,0,3,0);
INSERT INTO "uploads" VALUES(3,'2d2e28f88599ae91d79a5aab24d240ce1ab052a854a4680a92fa614a698f3441','json',1537,1796285726,3,0,0);
INSERT INTO "uploads" VALUES(4,'050acdf1321f9318beba41eda58e26ff936de7bec6aadc4c42b88f1519941e7e','json',623,1796285726,1,0,0);
INSERT INTO "uploads" VALUES(5,'c73f90f6b1c4dc66747eb3616dac9bb74002d065cbb38f29e09015cdce58e35c','json',823,1796285726,1,0,0);
CREATE TABLE vehicle_efficiency (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        charging_kind TEXT NOT NULL,
        samples INTEGER NOT NULL,
        mean REAL NOT NULL,
        sigma_session REAL NOT NULL,
        used_eta REAL,
        used_sigma REAL,
        used_source TEXT,
        PRIMARY KEY (vehicle_id, charging_kind)) WITHOUT ROWID;
INSERT INTO "vehicle_efficiency" VALUES(1,'ac',1,9.32335329341317353701e-01,0.012,9.28817302946147616005e-01,8.65664785237141819196e-03,'vehicle');
INSERT INTO "vehicle_efficiency" VALUES(1,'ac_low',0,0.0,0.0,0.81,0.025,'literature');
INSERT INTO "vehicle_efficiency" VALUES(1,'dc',1,9.67615658362989350393e-01,0.012,9.63121171460241454198e-01,7.68221279597375815428e-03,'literature');
INSERT INTO "vehicle_efficiency" VALUES(2,'ac',0,0.0,0.0,0.925,0.0125,'literature');
INSERT INTO "vehicle_efficiency" VALUES(2,'ac_low',0,0.0,0.0,0.81,0.025,'literature');
INSERT INTO "vehicle_efficiency" VALUES(2,'dc',0,0.0,0.0,0.96,0.01,'literature');
INSERT INTO "vehicle_efficiency" VALUES(3,'ac',0,0.0,0.0,0.925,0.0125,'literature');
INSERT INTO "vehicle_efficiency" VALUES(3,'ac_low',0,0.0,0.0,0.81,0.025,'literature');
INSERT INTO "vehicle_efficiency" VALUES(3,'dc',0,0.0,0.0,0.96,0.01,'literature');
INSERT INTO "vehicle_efficiency" VALUES(4,'ac',0,0.0,0.0,0.925,0.0125,'literature');
INSERT INTO "vehicle_efficiency" VALUES(4,'ac_low',1,6.24572397233709719621e-01,0.012,6.59294861210752536351e-01,1.08182766896192834871e-02,'vehicle');
INSERT INTO "vehicle_efficiency" VALUES(4,'dc',0,0.0,0.0,0.96,0.01,'literature');
CREATE TABLE vehicles (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        model TEXT,
        model_source TEXT CHECK (model_source IN ('keylist', 'user')),
        drive_train TEXT,
        capacity_new_override_kwh REAL CHECK (capacity_new_override_kwh > 0),
        created_at INTEGER NOT NULL);
INSERT INTO "vehicles" VALUES(1,'9005ae713f79c444','i4 eDrive40','keylist','BEV',NULL,1796285726);
INSERT INTO "vehicles" VALUES(2,'c1973d8cd21cc6b4','MINI Cooper SE','keylist','BEV',29.5,1796285726);
INSERT INTO "vehicles" VALUES(3,'d1c95c4280796bc0','i3 (120 Ah)','user',NULL,NULL,1796285726);
INSERT INTO "vehicles" VALUES(4,'aa99b0eda19168c4','i3 (120 Ah)','user',NULL,NULL,1796285726);
CREATE INDEX upload_vehicles_by_vehicle ON upload_vehicles (vehicle_id);
PRAGMA user_version = 3;
