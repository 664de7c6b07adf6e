<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>Import every CarData file in a folder and its subfolders</source>
        <translation>Import every CarData file in a folder and its subfolders</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Load &amp;demo fleet</source>
        <translation>Load &amp;demo fleet</translation>
    </message>
    <message>
        <source>Synthetic cars in a separate demo database; your own data is not touched</source>
        <translation>Synthetic cars in a separate demo database; your own data is not touched</translation>
    </message>
    <message>
        <source>Back to &amp;my data</source>
        <translation>Back to &amp;my data</translation>
    </message>
    <message>
        <source>Leave the demo fleet and show your own database</source>
        <translation>Leave the demo fleet and show your own database</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Export chart as PNG…</translation>
    </message>
    <message>
        <source>Export chart as PNG at a &amp;resolution…</source>
        <translation>Export chart as PNG at a &amp;resolution…</translation>
    </message>
    <message>
        <source>Export chart &amp;data as CSV…</source>
        <translation>Export chart &amp;data as CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Set &amp;model…</source>
        <translation>Set &amp;model…</translation>
    </message>
    <message>
        <source>Set &amp;capacity when new…</source>
        <translation>Set &amp;capacity when new…</translation>
    </message>
    <message>
        <source>&amp;Forget vehicle…</source>
        <translation>&amp;Forget vehicle…</translation>
    </message>
    <message>
        <source>&amp;Native chart</source>
        <translation>&amp;Native chart</translation>
    </message>
    <message>
        <source>&amp;Plotly chart (web)</source>
        <translation>&amp;Plotly chart (web)</translation>
    </message>
    <message>
        <source>By &amp;mileage</source>
        <translation>By &amp;mileage</translation>
    </message>
    <message>
        <source>By &amp;date</source>
        <translation>By &amp;date</translation>
    </message>
    <message>
        <source>Capacity in &amp;kWh</source>
        <translation>Capacity in &amp;kWh</translation>
    </message>
    <message>
        <source>&amp;State of health in %</source>
        <translation>&amp;State of health in %</translation>
    </message>
    <message>
        <source>Distances in &amp;kilometres</source>
        <translation>Distances in &amp;kilometres</translation>
    </message>
    <message>
        <source>Distances in m&amp;iles</source>
        <translation>Distances in m&amp;iles</translation>
    </message>
    <message>
        <source>Show &amp;outliers</source>
        <translation>Show &amp;outliers</translation>
    </message>
    <message>
        <source>&amp;About CarData Battery Health</source>
        <translation>&amp;About CarData Battery Health</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Vehicle</source>
        <translation>&amp;Vehicle</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <source>Chart engine</source>
        <translation>Chart engine</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>&amp;Import results</source>
        <translation>&amp;Import results</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Connect BMW Car&amp;Data…</source>
        <translation>Connect BMW Car&amp;Data…</translation>
    </message>
    <message>
        <source>Fetch charging history and battery readings from BMW&apos;s CarData service</source>
        <translation>Fetch charging history and battery readings from BMW&apos;s CarData service</translation>
    </message>
    <message>
        <source>Fetch from BMW CarData &amp;now</source>
        <translation>Fetch from BMW CarData &amp;now</translation>
    </message>
    <message>
        <source>Fetch new charging sessions and battery readings of the connected cars</source>
        <translation>Fetch new charging sessions and battery readings of the connected cars</translation>
    </message>
    <message>
        <source>&amp;Disconnect BMW CarData…</source>
        <translation>&amp;Disconnect BMW CarData…</translation>
    </message>
    <message>
        <source>Remove the BMW CarData login from this computer</source>
        <translation>Remove the BMW CarData login from this computer</translation>
    </message>
    <message>
        <source>&amp;Fetch from BMW CarData once a day at start</source>
        <translation>&amp;Fetch from BMW CarData once a day at start</translation>
    </message>
    <message>
        <source>BMW CarData online</source>
        <translation>BMW CarData online</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>Include &amp;shared vehicles</source>
        <translation>Include &amp;shared vehicles</translation>
    </message>
    <message>
        <source>Show the cars other owners shared with you in the chart, the fleet band and the table</source>
        <translation>Show the cars other owners shared with you in the chart, the fleet band and the table</translation>
    </message>
    <message>
        <source>S&amp;hare anonymized data…</source>
        <translation>S&amp;hare anonymized data…</translation>
    </message>
    <message>
        <source>Write a bundle of your cars&apos; charging data, without VIN, places or times, for other owners</source>
        <translation>Write a bundle of your cars&apos; charging data, without VIN, places or times, for other owners</translation>
    </message>
    <message>
        <source>Forget every vehicle of this &amp;source…</source>
        <translation>Forget every vehicle of this &amp;source…</translation>
    </message>
    <message>
        <source>Remove all the cars that came from the same owner&apos;s bundles</source>
        <translation>Remove all the cars that came from the same owner&apos;s bundles</translation>
    </message>
    <message>
        <source>Import CarData archives (.zip), charging histories (.json) or other owners&apos; sharing bundles (.cdshare)</source>
        <translation>Import CarData archives (.zip), charging histories (.json) or other owners&apos; sharing bundles (.cdshare)</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>%1 (vehicle %2)</source>
        <translation>%1 (vehicle %2)</translation>
    </message>
    <message>
        <source>model unknown</source>
        <translation>model unknown</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>Mileage (km)</translation>
    </message>
    <message>
        <source>Mileage (mi)</source>
        <translation>Mileage (mi)</translation>
    </message>
    <message>
        <source>State of health (%)</source>
        <translation>State of health (%)</translation>
    </message>
    <message>
        <source>Capacity (kWh)</source>
        <translation>Capacity (kWh)</translation>
    </message>
    <message>
        <source>Select a vehicle to compare it with its fleet at the same age.</source>
        <translation>Select a vehicle to compare it with its fleet at the same age.</translation>
    </message>
    <message numerus="yes">
        <source>%1 fleet of %n vehicle(s): median and 10–90 % band</source>
        <translation>
            <numerusform>%1 fleet of %n vehicle: median and 10–90 % band</numerusform>
            <numerusform>%1 fleet of %n vehicles: median and 10–90 % band</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a model, or select a vehicle, to see its fleet band.</source>
        <translation>Choose a model, or select a vehicle, to see its fleet band.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) without a known capacity when new are not shown as state of health (Vehicle → Set capacity when new).</source>
        <translation>
            <numerusform>%n vehicle without a known capacity when new is not shown as state of health (Vehicle → Set capacity when new).</numerusform>
            <numerusform>%n vehicles without a known capacity when new are not shown as state of health (Vehicle → Set capacity when new).</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 km</translation>
    </message>
    <message>
        <source>%L1 mi</source>
        <translation>%L1 mi</translation>
    </message>
    <message>
        <source>%L1 % (%L2 kWh)</source>
        <translation>%L1 % (%L2 kWh)</translation>
    </message>
    <message>
        <source>%L1 kWh</source>
        <translation>%L1 kWh</translation>
    </message>
    <message>
        <source>mileage unknown</source>
        <translation>mileage unknown</translation>
    </message>
    <message>
        <source>derived from grid energy</source>
        <translation>derived from grid energy</translation>
    </message>
    <message>
        <source>measured battery energy</source>
        <translation>measured battery energy</translation>
    </message>
    <message>
        <source>outlier: not used for the trend</source>
        <translation>outlier: not used for the trend</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation>vehicle %1</translation>
    </message>
    <message>
        <source>%L1 % shown by the car</source>
        <translation>%L1 % shown by the car</translation>
    </message>
    <message>
        <source>%L1 kWh reported by the car</source>
        <translation>%L1 kWh reported by the car</translation>
    </message>
    <message>
        <source>Sessions: measured</source>
        <translation>Sessions: measured</translation>
    </message>
    <message>
        <source>Sessions: derived</source>
        <translation>Sessions: derived</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Outliers</translation>
    </message>
    <message>
        <source>Selected: measured</source>
        <translation>Selected: measured</translation>
    </message>
    <message>
        <source>Selected: derived</source>
        <translation>Selected: derived</translation>
    </message>
    <message>
        <source>Selected: car&apos;s own reading</source>
        <translation>Selected: car&apos;s own reading</translation>
    </message>
    <message>
        <source>Fleet median</source>
        <translation>Fleet median</translation>
    </message>
    <message>
        <source>Fleet 10–90 %</source>
        <translation>Fleet 10–90 %</translation>
    </message>
    <message>
        <source>Selected: trend</source>
        <translation>Selected: trend</translation>
    </message>
    <message>
        <source>No data to show for this choice.</source>
        <translation>No data to show for this choice.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>the car&apos;s maximum usable energy</source>
        <translation>the car&apos;s maximum usable energy</translation>
    </message>
    <message>
        <source>the car&apos;s displayed state of health</source>
        <translation>the car&apos;s displayed state of health</translation>
    </message>
    <message>
        <source>the car&apos;s energy content of the battery</source>
        <translation>the car&apos;s energy content of the battery</translation>
    </message>
    <message>
        <source>No vehicle shown has a known capacity when new, so capacity is shown in kWh instead of state of health (Vehicle → Set capacity when new).</source>
        <translation>No vehicle shown has a known capacity when new, so capacity is shown in kWh instead of state of health (Vehicle → Set capacity when new).</translation>
    </message>
    <message>
        <source>The fleet&apos;s %L1 sessions are drawn as a density: the darker, the more sessions. Select a vehicle to see its own points.</source>
        <translation>The fleet&apos;s %L1 sessions are drawn as a density: the darker, the more sessions. Select a vehicle to see its own points.</translation>
    </message>
    <message>
        <source>Sessions: density</source>
        <translation>Sessions: density</translation>
    </message>
    <message numerus="yes">
        <source>%1 fleet of %n vehicle(s) (%2 yours, %3 shared): median and 10–90 % band</source>
        <translation>
            <numerusform>%1 fleet of %n vehicle (%2 yours, %3 shared): median and 10–90 % band</numerusform>
            <numerusform>%1 fleet of %n vehicles (%2 yours, %3 shared): median and 10–90 % band</numerusform>
        </translation>
    </message>
    <message>
        <source>vehicle %1, shared by another owner</source>
        <translation>vehicle %1, shared by another owner</translation>
    </message>
    <message>
        <source>Sessions of shared cars</source>
        <translation>Sessions of shared cars</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>The image could not be saved as %1: %2</source>
        <translation>The image could not be saved as %1: %2</translation>
    </message>
    <message>
        <source>Chart saved as %1 (%2 × %3 pixels).</source>
        <translation>Chart saved as %1 (%2 × %3 pixels).</translation>
    </message>
    <message>
        <source>The data could not be saved as %1: %2</source>
        <translation>The data could not be saved as %1: %2</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <source>battery-health.png</source>
        <translation>battery-health.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Export chart data as CSV</translation>
    </message>
    <message>
        <source>battery-health.csv</source>
        <translation>battery-health.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Data saved as %1.</source>
        <translation>Data saved as %1.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect BMW CarData</source>
        <translation>Connect BMW CarData</translation>
    </message>
    <message>
        <source>&lt;p&gt;Since mid-2025 BMW&apos;s exports no longer carry the charging history. The app can fetch it, and the car&apos;s own battery readings, from BMW&apos;s CarData service, once a day, within BMW&apos;s limit of 50 requests.&lt;/p&gt;&lt;p&gt;BMW asks for a client ID of your own:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Log in on the BMW (or MINI) website and open &lt;i&gt;BMW CarData&lt;/i&gt; under your personal data.&lt;/li&gt;&lt;li&gt;Press &lt;i&gt;Create CarData Client&lt;/i&gt;, then subscribe the client to &lt;i&gt;CarData API&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Copy the client ID (the portal shows it only once) and paste it here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The login is kept in your desktop&apos;s keychain; your car&apos;s VIN never enters the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Since mid-2025 BMW&apos;s exports no longer carry the charging history. The app can fetch it, and the car&apos;s own battery readings, from BMW&apos;s CarData service, once a day, within BMW&apos;s limit of 50 requests.&lt;/p&gt;&lt;p&gt;BMW asks for a client ID of your own:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Log in on the BMW (or MINI) website and open &lt;i&gt;BMW CarData&lt;/i&gt; under your personal data.&lt;/li&gt;&lt;li&gt;Press &lt;i&gt;Create CarData Client&lt;/i&gt;, then subscribe the client to &lt;i&gt;CarData API&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Copy the client ID (the portal shows it only once) and paste it here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The login is kept in your desktop&apos;s keychain; your car&apos;s VIN never enters the database.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client ID:</translation>
    </message>
    <message>
        <source>Open this link and log in with your BMW or MINI account:</source>
        <translation>Open this link and log in with your BMW or MINI account:</translation>
    </message>
    <message>
        <source>Then confirm this code:</source>
        <translation>Then confirm this code:</translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation>Co&amp;py code</translation>
    </message>
    <message>
        <source>or scan it with your phone</source>
        <translation>or scan it with your phone</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>&amp;Fetch now</source>
        <translation>&amp;Fetch now</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Asking BMW for a login code…</source>
        <translation>Asking BMW for a login code…</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the code (valid for another %1:%2)…</source>
        <translation>Waiting for you to confirm the code (valid for another %1:%2)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The connection did not work.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The connection did not work.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Connected.&lt;/b&gt; BMW lists %n vehicle(s) for this account</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Connected.&lt;/b&gt; BMW lists %n vehicle for this account</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Connected.&lt;/b&gt; BMW lists %n vehicles for this account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them with you as the primary user.&lt;/p&gt;</source>
        <translation>
            <numerusform>, %n of them with you as the primary user.&lt;/p&gt;</numerusform>
            <numerusform>, %n of them with you as the primary user.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The login is stored in %1. The app fetches new charging sessions once a day when it starts; Vehicle → Fetch from BMW CarData fetches at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The login is stored in %1. The app fetches new charging sessions once a day when it starts; Vehicle → Fetch from BMW CarData fetches at once.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>VIN %1: primary user, its data can be fetched</source>
        <translation>VIN %1: primary user, its data can be fetched</translation>
    </message>
    <message>
        <source>VIN %1: secondary user, BMW gives its data only to the primary user</source>
        <translation>VIN %1: secondary user, BMW gives its data only to the primary user</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Filled dots: capacity from measured battery energy. Hollow dots: derived from grid energy (less certain). Grey squares: outliers. Select a vehicle to highlight it and see its trend.</source>
        <translation>Filled dots: capacity from measured battery energy. Hollow dots: derived from grid energy (less certain). Grey squares: outliers. Select a vehicle to highlight it and see its trend.</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Model filter</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>Horizontal axis</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>Vertical axis</translation>
    </message>
    <message>
        <source>Capacity (kWh)</source>
        <translation>Capacity (kWh)</translation>
    </message>
    <message>
        <source>State of health (%)</source>
        <translation>State of health (%)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message numerus="yes">
        <source>All models (%n vehicle(s))</source>
        <translation>
            <numerusform>All models (%n vehicle)</numerusform>
            <numerusform>All models (%n vehicles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vehicle(s))</source>
        <translation>
            <numerusform>%1 (%n vehicle)</numerusform>
            <numerusform>%1 (%n vehicles)</numerusform>
        </translation>
    </message>
    <message>
        <source>State of health (%) — needs a capacity when new</source>
        <translation>State of health (%) — needs a capacity when new</translation>
    </message>
    <message>
        <source>No vehicle shown has a known capacity when new: the chart shows kWh. Vehicle → Set capacity when new.</source>
        <translation>No vehicle shown has a known capacity when new: the chart shows kWh. Vehicle → Set capacity when new.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vehicle(s): %2 yours, %3 shared)</source>
        <translation>
            <numerusform>%1 (%n vehicle: %2 yours, %3 shared)</numerusform>
            <numerusform>%1 (%n vehicles: %2 yours, %3 shared)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>This computer&apos;s own database (in the data folder)</source>
        <translation>This computer&apos;s own database (in the data folder)</translation>
    </message>
    <message>
        <source>A team&apos;s PostgreSQL server, shared with others who import</source>
        <translation>A team&apos;s PostgreSQL server, shared with others who import</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>cdtk1-… (leave empty to keep the one stored)</source>
        <translation>cdtk1-… (leave empty to keep the one stored)</translation>
    </message>
    <message>
        <source>&amp;Team key:</source>
        <translation>&amp;Team key:</translation>
    </message>
    <message>
        <source>Test the &amp;connection</source>
        <translation>Test the &amp;connection</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, or choose this computer&apos;s own database.</source>
        <translation>Write the server&apos;s address, or choose this computer&apos;s own database.</translation>
    </message>
    <message>
        <source>(leave empty to use the one kept, or ~/.pgpass)</source>
        <translation>(leave empty to use the one kept, or ~/.pgpass)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>A password typed here is kept in the desktop keychain, never in a settings file; without a keychain, put it in ~/.pgpass. The team key stays on this computer (in the keychain, or a file only you can read); the server keeps only a check value.</source>
        <translation>A password typed here is kept in the desktop keychain, never in a settings file; without a keychain, put it in ~/.pgpass. The team key stays on this computer (in the keychain, or a file only you can read); the server keeps only a check value.</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorPage</name>
    <message>
        <source>&lt;h2&gt;The database cannot be read&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;The database cannot be read&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the data folder belongs to you and that the disk is not full, then try again. A damaged database can be moved aside: the app then starts a new one, and the exports can be imported again. Before an upgrade, the app keeps a copy of the database in the data folder. To look at another database, start the app with --data-dir FOLDER.</source>
        <translation>Nothing was changed. Check that the data folder belongs to you and that the disk is not full, then try again. A damaged database can be moved aside: the app then starts a new one, and the exports can be imported again. Before an upgrade, the app keeps a copy of the database in the data folder. To look at another database, start the app with --data-dir FOLDER.</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Open the data folder</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop zone for CarData exports</source>
        <translation>Drop zone for CarData exports</translation>
    </message>
    <message>
        <source>Drop your BMW CarData export here</source>
        <translation>Drop your BMW CarData export here</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;.zip&lt;/b&gt; archive as it comes, a charging history &lt;b&gt;.json&lt;/b&gt;, or a folder holding them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;No export yet?&lt;/b&gt; Sign in to your BMW (or MINI) account on the web, open &lt;b&gt;BMW CarData&lt;/b&gt; and request the data archive. You will receive a .zip file a little later.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: no VIN, address or location is stored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The &lt;b&gt;.zip&lt;/b&gt; archive as it comes, a charging history &lt;b&gt;.json&lt;/b&gt;, or a folder holding them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;No export yet?&lt;/b&gt; Sign in to your BMW (or MINI) account on the web, open &lt;b&gt;BMW CarData&lt;/b&gt; and request the data archive. You will receive a .zip file a little later.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: no VIN, address or location is stored.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>Look around with a &amp;demo fleet</source>
        <translation>Look around with a &amp;demo fleet</translation>
    </message>
    <message>
        <source>Synthetic cars in a separate demo database; your own data is not touched.</source>
        <translation>Synthetic cars in a separate demo database; your own data is not touched.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>The files will be imported when the current import has finished.</source>
        <translation>The files will be imported when the current import has finished.</translation>
    </message>
    <message>
        <source>The model could not be set: %1</source>
        <translation>The model could not be set: %1</translation>
    </message>
    <message>
        <source>Please wait until the current import has finished.</source>
        <translation>Please wait until the current import has finished.</translation>
    </message>
    <message>
        <source>Creating the demo fleet…</source>
        <translation>Creating the demo fleet…</translation>
    </message>
    <message>
        <source>Import CarData exports</source>
        <translation>Import CarData exports</translation>
    </message>
    <message>
        <source>Import a folder of CarData exports</source>
        <translation>Import a folder of CarData exports</translation>
    </message>
    <message>
        <source>The fetch from BMW CarData will start when the current import has finished.</source>
        <translation>The fetch from BMW CarData will start when the current import has finished.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Read-only database</translation>
    </message>
    <message>
        <source>This database can only be viewed here (it was opened read-only, or its file, folder or disk cannot be written): nothing can be imported into it.</source>
        <translation>This database can only be viewed here (it was opened read-only, or its file, folder or disk cannot be written): nothing can be imported into it.</translation>
    </message>
    <message>
        <source>CarData exports and sharing bundles (*.zip *.json *.xml *.cdshare);;All files (*)</source>
        <translation>CarData exports and sharing bundles (*.zip *.json *.xml *.cdshare);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>No import yet.</source>
        <translation>No import yet.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v of %m files</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Stop after the current file; the files finished so far stay stored.</source>
        <translation>Stop after the current file; the files finished so far stay stored.</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>C&amp;lear list</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelling after the current file…</translation>
    </message>
    <message numerus="yes">
        <source>Looking for CarData files… (%n more import(s) waiting)</source>
        <translation>
            <numerusform>Looking for CarData files… (%n more import waiting)</numerusform>
            <numerusform>Looking for CarData files… (%n more imports waiting)</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for CarData files…</source>
        <translation>Looking for CarData files…</translation>
    </message>
    <message numerus="yes">
        <source>File %1 of %2 · %n session(s) stored</source>
        <translation>
            <numerusform>File %1 of %2 · %n session stored</numerusform>
            <numerusform>File %1 of %2 · %n sessions stored</numerusform>
        </translation>
    </message>
    <message>
        <source>(import)</source>
        <translation>(import)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>Not imported: the import was cancelled.</translation>
    </message>
    <message>
        <source>already imported earlier; not read again</source>
        <translation>already imported earlier; not read again</translation>
    </message>
    <message>
        <source>%1 new, %2 duplicate, %3 rejected</source>
        <translation>%1 new, %2 duplicate, %3 rejected</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>nothing to import</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expand to see why %n record(s) were skipped.</source>
        <translation>
            <numerusform>Expand to see why %n record was skipped.</numerusform>
            <numerusform>Expand to see why %n records were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation>Vehicle %1</translation>
    </message>
    <message>
        <source>model unknown</source>
        <translation>model unknown</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported before</source>
        <translation>
            <numerusform>%n already imported before</numerusform>
            <numerusform>%n already imported before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: %1. Files finished before stay stored.</source>
        <translation>Import cancelled: %1. Files finished before stay stored.</translation>
    </message>
    <message>
        <source>Import finished: %1.</source>
        <translation>Import finished: %1.</translation>
    </message>
    <message>
        <source>%v of %m requests</source>
        <translation>%v of %m requests</translation>
    </message>
    <message>
        <source>BMW CarData: request %1 of about %2</source>
        <translation>BMW CarData: request %1 of about %2</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Battery health of BMW and MINI electric cars from BMW CarData exports.</source>
        <translation>Battery health of BMW and MINI electric cars from BMW CarData exports.</translation>
    </message>
    <message>
        <source>Data folder (database and installation secret). Default: %1</source>
        <translation>Data folder (database and installation secret). Default: %1</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Start with the demo fleet (a separate database).</source>
        <translation>Start with the demo fleet (a separate database).</translation>
    </message>
    <message>
        <source>Chart engine for this run: native or plotly.</source>
        <translation>Chart engine for this run: native or plotly.</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>ENGINE</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the start-up import has finished and the chart is drawn, then quit.</source>
        <translation>Save a PNG of the window once the start-up import has finished and the chart is drawn, then quit.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Window size, e.g. 1200x760.</source>
        <translation>Window size, e.g. 1200x760.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Highlight the first vehicle of the table.</source>
        <translation>Highlight the first vehicle of the table.</translation>
    </message>
    <message>
        <source>CarData exports to import: .zip, .json or folders.</source>
        <translation>CarData exports to import: .zip, .json or folders.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
    <message>
        <source>Unknown chart engine &apos;%1&apos;: use native or plotly.</source>
        <translation>Unknown chart engine &apos;%1&apos;: use native or plotly.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a window size such as 1200x760.</source>
        <translation>&apos;%1&apos; is not a window size such as 1200x760.</translation>
    </message>
    <message>
        <source>Open the database for viewing only: nothing is imported or changed.</source>
        <translation>Open the database for viewing only: nothing is imported or changed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The export %1 does not say which model vehicle %2 is (%n session(s)). Which model is it?</source>
        <translation>
            <numerusform>The export %1 does not say which model vehicle %2 is (%n session). Which model is it?</numerusform>
            <numerusform>The export %1 does not say which model vehicle %2 is (%n sessions). Which model is it?</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>The language changes the next time you start the app.</source>
        <translation>The language changes the next time you start the app.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>DEMO FLEET — synthetic cars, not your data</source>
        <translation>DEMO FLEET — synthetic cars, not your data</translation>
    </message>
    <message>
        <source>Please wait until the demo fleet is loaded.</source>
        <translation>Please wait until the demo fleet is loaded.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message>
        <source>CarData Battery Health</source>
        <translation>CarData Battery Health</translation>
    </message>
    <message>
        <source>%1 — Demo fleet (synthetic data)</source>
        <translation>%1 — Demo fleet (synthetic data)</translation>
    </message>
    <message>
        <source>Vehicle %1 was forgotten.</source>
        <translation>Vehicle %1 was forgotten.</translation>
    </message>
    <message>
        <source>The chart could not be exported</source>
        <translation>The chart could not be exported</translation>
    </message>
    <message>
        <source>About CarData Battery Health</source>
        <translation>About CarData Battery Health</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CarData Battery Health %1&lt;/h3&gt;&lt;p&gt;The state of health of BMW and MINI high-voltage batteries, estimated from BMW CarData exports.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data folder:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;It holds the database and the installation secret; back up both together. The demo fleet lives in its own database in the subfolder &lt;i&gt;demo&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;No VIN, address or location is ever stored. The app never connects to the internet.&lt;/p&gt;&lt;p&gt;Charts: Qt Charts, and Plotly.js %3 (MIT licence), bundled.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CarData Battery Health %1&lt;/h3&gt;&lt;p&gt;The state of health of BMW and MINI high-voltage batteries, estimated from BMW CarData exports.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data folder:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;It holds the database and the installation secret; back up both together. The demo fleet lives in its own database in the subfolder &lt;i&gt;demo&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;No VIN, address or location is ever stored. The app never connects to the internet.&lt;/p&gt;&lt;p&gt;Charts: Qt Charts, and Plotly.js %3 (MIT licence), bundled.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>The change could not be made</translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation>The database cannot be read.</translation>
    </message>
    <message>
        <source>Connect BMW Car&amp;Data again…</source>
        <translation>Connect BMW Car&amp;Data again…</translation>
    </message>
    <message>
        <source>Connect BMW Car&amp;Data…</source>
        <translation>Connect BMW Car&amp;Data…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>This database can only be viewed here (it was opened read-only, or its file, folder or disk cannot be written): nothing can be imported or changed.</source>
        <translation>This database can only be viewed here (it was opened read-only, or its file, folder or disk cannot be written): nothing can be imported or changed.</translation>
    </message>
    <message numerus="yes">
        <source>Updating the estimates of %n other vehicle(s) whose model&apos;s efficiency moved…</source>
        <translation>
            <numerusform>Updating the estimate of %n other vehicle whose model&apos;s efficiency moved…</numerusform>
            <numerusform>Updating the estimates of %n other vehicles whose model&apos;s efficiency moved…</numerusform>
        </translation>
    </message>
    <message>
        <source>The database can be changed once the import has finished.</source>
        <translation>The database can be changed once the import has finished.</translation>
    </message>
    <message>
        <source>Now showing %1.</source>
        <translation>Now showing %1.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <source>%1 — shared database %2</source>
        <translation>%1 — shared database %2</translation>
    </message>
    <message>
        <source>Wrote the sharing bundle %1.</source>
        <translation>Wrote the sharing bundle %1.</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <source>Vehicle model</source>
        <translation>Vehicle model</translation>
    </message>
    <message>
        <source>The model decides the battery&apos;s capacity when new, and so the state of health. Pick one from the list or type the name as BMW writes it, e.g. “i4 eDrive40”.</source>
        <translation>The model decides the battery&apos;s capacity when new, and so the state of health. Pick one from the list or type the name as BMW writes it, e.g. “i4 eDrive40”.</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Model name</translation>
    </message>
    <message>
        <source>&amp;Set model</source>
        <translation>&amp;Set model</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
</context>
<context>
    <name>NativeChartView</name>
    <message>
        <source>Battery health chart</source>
        <translation>Battery health chart</translation>
    </message>
    <message>
        <source>Fleet 10–90 %</source>
        <translation>Fleet 10–90 %</translation>
    </message>
    <message>
        <source>Fleet median</source>
        <translation>Fleet median</translation>
    </message>
    <message>
        <source>Sessions: measured</source>
        <translation>Sessions: measured</translation>
    </message>
    <message>
        <source>Sessions: derived</source>
        <translation>Sessions: derived</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Outliers</translation>
    </message>
    <message>
        <source>Selected: measured</source>
        <translation>Selected: measured</translation>
    </message>
    <message>
        <source>Selected: derived</source>
        <translation>Selected: derived</translation>
    </message>
    <message>
        <source>Selected: trend</source>
        <translation>Selected: trend</translation>
    </message>
    <message>
        <source>Selected: car&apos;s own reading</source>
        <translation>Selected: car&apos;s own reading</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>No data to show for this choice.</source>
        <translation>No data to show for this choice.</translation>
    </message>
    <message>
        <source>The image size %1 × %2 is empty.</source>
        <translation>The image size %1 × %2 is empty.</translation>
    </message>
    <message>
        <source>Sessions: density</source>
        <translation>Sessions: density</translation>
    </message>
    <message>
        <source>Sessions of shared cars</source>
        <translation>Sessions of shared cars</translation>
    </message>
</context>
<context>
    <name>OnlineController</name>
    <message>
        <source>BMW CarData: the login cannot be read</source>
        <translation>BMW CarData: the login cannot be read</translation>
    </message>
    <message>
        <source>BMW CarData: no calls left until %1</source>
        <translation>BMW CarData: no calls left until %1</translation>
    </message>
    <message numerus="yes">
        <source>BMW CarData: %n call(s) left today</source>
        <translation>
            <numerusform>BMW CarData: %n call left today</numerusform>
            <numerusform>BMW CarData: %n calls left today</numerusform>
        </translation>
    </message>
    <message>
        <source>, last fetch %1</source>
        <translation>, last fetch %1</translation>
    </message>
    <message>
        <source>Disconnect BMW CarData</source>
        <translation>Disconnect BMW CarData</translation>
    </message>
    <message>
        <source>Remove the BMW CarData login, the client ID and the list of vehicles from this computer?

What was fetched stays in the database. To connect again you will need the client ID.</source>
        <translation>Remove the BMW CarData login, the client ID and the list of vehicles from this computer?

What was fetched stays in the database. To connect again you will need the client ID.</translation>
    </message>
    <message>
        <source>BMW CarData is disconnected.</source>
        <translation>BMW CarData is disconnected.</translation>
    </message>
</context>
<context>
    <name>PlotlyChartView</name>
    <message>
        <source>Battery health chart (Plotly)</source>
        <translation>Battery health chart (Plotly)</translation>
    </message>
    <message>
        <source>The Plotly chart page could not be loaded.</source>
        <translation>The Plotly chart page could not be loaded.</translation>
    </message>
    <message>
        <source>The web chart engine stopped unexpectedly. Switch to the native chart in the View menu. (When running as root, WebEngine needs QTWEBENGINE_DISABLE_SANDBOX=1.)</source>
        <translation>The web chart engine stopped unexpectedly. Switch to the native chart in the View menu. (When running as root, WebEngine needs QTWEBENGINE_DISABLE_SANDBOX=1.)</translation>
    </message>
    <message>
        <source>The image size %1 × %2 is empty.</source>
        <translation>The image size %1 × %2 is empty.</translation>
    </message>
    <message>
        <source>The Plotly chart is not loaded yet; try again in a moment.</source>
        <translation>The Plotly chart is not loaded yet; try again in a moment.</translation>
    </message>
    <message numerus="yes">
        <source>Plotly did not produce the image within %n second(s).</source>
        <translation>
            <numerusform>Plotly did not produce the image within %n second.</numerusform>
            <numerusform>Plotly did not produce the image within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plotly could not draw the image: %1</source>
        <translation>Plotly could not draw the image: %1</translation>
    </message>
    <message>
        <source>Plotly&apos;s image could not be read.</source>
        <translation>Plotly&apos;s image could not be read.</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>Chart image size</source>
        <translation>Chart image size</translation>
    </message>
    <message>
        <source>Preset sizes</source>
        <translation>Preset sizes</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Height in pixels</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Preset:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Height:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share anonymized data</source>
        <translation>Share anonymized data</translation>
    </message>
    <message>
        <source>A bundle lets other owners&apos; apps add your cars to their model&apos;s fleet band. It holds no VIN, no vehicle key, no place, no time of day, no cost and no file name; this is everything that leaves the computer:</source>
        <translation>A bundle lets other owners&apos; apps add your cars to their model&apos;s fleet band. It holds no VIN, no vehicle key, no place, no time of day, no cost and no file name; this is everything that leaves the computer:</translation>
    </message>
    <message>
        <source>All my vehicles with a known model</source>
        <translation>All my vehicles with a known model</translation>
    </message>
    <message>
        <source>Only the selected vehicle %1</source>
        <translation>Only the selected vehicle %1</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Save bundle…</translation>
    </message>
    <message>
        <source>Save sharing bundle</source>
        <translation>Save sharing bundle</translation>
    </message>
    <message>
        <source>Sharing bundles (*.cdshare)</source>
        <translation>Sharing bundles (*.cdshare)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Nothing can be shared: %1</source>
        <translation>Nothing can be shared: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s), %1 charging session(s), %2 battery reading(s).</source>
        <translation>
            <numerusform>%n vehicle, %1 charging session(s), %2 battery reading(s).</numerusform>
            <numerusform>%n vehicles, %1 charging session(s), %2 battery reading(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Per vehicle: an id of its own (not its key), model, drive train, capacity when new.</source>
        <translation>Per vehicle: an id of its own (not its key), model, drive train, capacity when new.</translation>
    </message>
    <message>
        <source>Per session: %1.</source>
        <translation>Per session: %1.</translation>
    </message>
    <message>
        <source>  (the day without the time, the mileage rounded to 100 km)</source>
        <translation>  (the day without the time, the mileage rounded to 100 km)</translation>
    </message>
    <message>
        <source>Per battery reading: %1.</source>
        <translation>Per battery reading: %1.</translation>
    </message>
    <message>
        <source>One session as it is written:</source>
        <translation>One session as it is written:</translation>
    </message>
    <message>
        <source>The vehicles:</source>
        <translation>The vehicles:</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n session(s)</source>
        <translation>
            <numerusform>  %1: %n session</numerusform>
            <numerusform>  %1: %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%L2 bytes).</source>
        <translation>Wrote %1 (%L2 bytes).</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Model of vehicle %1. Leave it empty to make the model unknown again.</source>
        <translation>Model of vehicle %1. Leave it empty to make the model unknown again.</translation>
    </message>
    <message>
        <source>Capacity when new</source>
        <translation>Capacity when new</translation>
    </message>
    <message>
        <source>Usable battery capacity of vehicle %1 when it was new, in kWh.
Enter 0 to use the model table again%2.</source>
        <translation>Usable battery capacity of vehicle %1 when it was new, in kWh.
Enter 0 to use the model table again%2.</translation>
    </message>
    <message>
        <source> (%L1 kWh for %2)</source>
        <translation> (%L1 kWh for %2)</translation>
    </message>
    <message>
        <source>Forget vehicle</source>
        <translation>Forget vehicle</translation>
    </message>
    <message>
        <source>Delete vehicle %1 and all its charging sessions from this computer?

This cannot be undone; you can import its export again later.</source>
        <translation>Delete vehicle %1 and all its charging sessions from this computer?

This cannot be undone; you can import its export again later.</translation>
    </message>
    <message>
        <source>Forget shared vehicles</source>
        <translation>Forget shared vehicles</translation>
    </message>
    <message>
        <source>Delete every vehicle shared from the source %1 (the owner whose bundle brought vehicle %2) from this computer?

Importing a bundle of theirs again brings them back.</source>
        <translation>Delete every vehicle shared from the source %1 (the owner whose bundle brought vehicle %2) from this computer?

Importing a bundle of theirs again brings them back.</translation>
    </message>
</context>
<context>
    <name>VehicleTableModel</name>
    <message>
        <source>unknown — set it</source>
        <translation>unknown — set it</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 km</translation>
    </message>
    <message>
        <source>%L1 mi</source>
        <translation>%L1 mi</translation>
    </message>
    <message>
        <source>%L1 kWh (%L2–%L3)</source>
        <translation>%L1 kWh (%L2–%L3)</translation>
    </message>
    <message>
        <source>capacity when new unknown</source>
        <translation>capacity when new unknown</translation>
    </message>
    <message>
        <source>%L1 % (%L2–%L3)</source>
        <translation>%L1 % (%L2–%L3)</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>per 10,000 km</source>
        <translation>per 10,000 km</translation>
    </message>
    <message>
        <source>per 10,000 mi</source>
        <translation>per 10,000 mi</translation>
    </message>
    <message>
        <source>%L1 % %2</source>
        <translation>%L1 % %2</translation>
    </message>
    <message>
        <source>%L1 kWh %2</source>
        <translation>%L1 kWh %2</translation>
    </message>
    <message>
        <source>Vehicle key %1: it identifies the car on this computer only (no VIN is stored).</source>
        <translation>Vehicle key %1: it identifies the car on this computer only (no VIN is stored).</translation>
    </message>
    <message>
        <source>The export does not say which model this is. Double-click to set it.</source>
        <translation>The export does not say which model this is. Double-click to set it.</translation>
    </message>
    <message>
        <source>Model set by you</source>
        <translation>Model set by you</translation>
    </message>
    <message>
        <source>Model from the KeyList</source>
        <translation>Model from the KeyList</translation>
    </message>
    <message numerus="yes">
        <source>Usable capacity now, with its 90 % interval, from %n session estimate(s) (%1 derived from grid energy).</source>
        <translation>
            <numerusform>Usable capacity now, with its 90 % interval, from %n session estimate (%1 derived from grid energy).</numerusform>
            <numerusform>Usable capacity now, with its 90 % interval, from %n session estimates (%1 derived from grid energy).</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the capacity when new (Vehicle menu) to see the state of health.</source>
        <translation>Set the capacity when new (Vehicle menu) to see the state of health.</translation>
    </message>
    <message>
        <source>Capacity now ÷ capacity when new (%L1 kWh, %2).</source>
        <translation>Capacity now ÷ capacity when new (%L1 kWh, %2).</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>set by you</translation>
    </message>
    <message>
        <source>model table</source>
        <translation>model table</translation>
    </message>
    <message>
        <source>Change of usable capacity at the end of the recorded period.</source>
        <translation>Change of usable capacity at the end of the recorded period.</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>State of health</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Charging efficiency of the derived points: %1 % from the published ranges or other cars&apos; battery energy</source>
        <translation>Charging efficiency of the derived points: %1 % from the published ranges or other cars&apos; battery energy</translation>
    </message>
    <message numerus="yes">
        <source>, %1 % from the readings of %n other car(s)</source>
        <translation>
            <numerusform>, %1 % from the readings of %n other car</numerusform>
            <numerusform>, %1 % from the readings of %n other cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 % from %n reading(s) of this car</source>
        <translation>
            <numerusform>, %1 % from %n reading of this car</numerusform>
            <numerusform>, %1 % from %n readings of this car</numerusform>
        </translation>
    </message>
    <message>
        <source>; moved by %1 %, uncertain by ±%2 %.</source>
        <translation>; moved by %1 %, uncertain by ±%2 %.</translation>
    </message>
    <message>
        <source>, %1 % from its capacity when new (its history starts new)</source>
        <translation>, %1 % from its capacity when new (its history starts new)</translation>
    </message>
    <message>
        <source>Its charging at different powers shows a draw of %L1 ± %L2 kW while it charges (0.35 kW assumed otherwise): its low-power sessions are scaled by that.</source>
        <translation>Its charging at different powers shows a draw of %L1 ± %L2 kW while it charges (0.35 kW assumed otherwise): its low-power sessions are scaled by that.</translation>
    </message>
    <message>
        <source>shared %1</source>
        <translation>shared %1</translation>
    </message>
    <message>
        <source>Shared by another owner (source %1): it is part of the fleet band and the fleet&apos;s numbers. View → Include shared vehicles hides the shared ones.</source>
        <translation>Shared by another owner (source %1): it is part of the fleet band and the fleet&apos;s numbers. View → Include shared vehicles hides the shared ones.</translation>
    </message>
</context>
</TS>
