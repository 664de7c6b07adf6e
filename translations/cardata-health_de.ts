<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>Import every CarData file in a folder and its subfolders</source>
        <translation>Alle CarData-Dateien eines Ordners und seiner Unterordner importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Load &amp;demo fleet</source>
        <translation>&amp;Demo-Flotte laden</translation>
    </message>
    <message>
        <source>Synthetic cars in a separate demo database; your own data is not touched</source>
        <translation>Erfundene Autos in einer eigenen Demo-Datenbank; Ihre eigenen Daten bleiben unberührt</translation>
    </message>
    <message>
        <source>Back to &amp;my data</source>
        <translation>Zurück zu &amp;meinen Daten</translation>
    </message>
    <message>
        <source>Leave the demo fleet and show your own database</source>
        <translation>Die Demo-Flotte verlassen und Ihre eigene Datenbank zeigen</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>Diagramm als PNG &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export chart as PNG at a &amp;resolution…</source>
        <translation>Diagramm als PNG in einer &amp;Auflösung exportieren …</translation>
    </message>
    <message>
        <source>Export chart &amp;data as CSV…</source>
        <translation>Diagramm&amp;daten als CSV exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Set &amp;model…</source>
        <translation>&amp;Modell festlegen …</translation>
    </message>
    <message>
        <source>Set &amp;capacity when new…</source>
        <translation>&amp;Neukapazität festlegen …</translation>
    </message>
    <message>
        <source>&amp;Forget vehicle…</source>
        <translation>Fahrzeug &amp;vergessen …</translation>
    </message>
    <message>
        <source>&amp;Native chart</source>
        <translation>&amp;Natives Diagramm</translation>
    </message>
    <message>
        <source>&amp;Plotly chart (web)</source>
        <translation>&amp;Plotly-Diagramm (Web)</translation>
    </message>
    <message>
        <source>By &amp;mileage</source>
        <translation>Nach &amp;Kilometerstand</translation>
    </message>
    <message>
        <source>By &amp;date</source>
        <translation>Nach &amp;Datum</translation>
    </message>
    <message>
        <source>Capacity in &amp;kWh</source>
        <translation>Kapazität in k&amp;Wh</translation>
    </message>
    <message>
        <source>&amp;State of health in %</source>
        <translation>&amp;Gesundheitszustand in %</translation>
    </message>
    <message>
        <source>Distances in &amp;kilometres</source>
        <translation>Entfernungen in K&amp;ilometern</translation>
    </message>
    <message>
        <source>Distances in m&amp;iles</source>
        <translation>Entfernungen in &amp;Meilen</translation>
    </message>
    <message>
        <source>Show &amp;outliers</source>
        <translation>&amp;Ausreißer zeigen</translation>
    </message>
    <message>
        <source>&amp;About CarData Battery Health</source>
        <translation>&amp;Über CarData Akkuzustand</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Vehicle</source>
        <translation>&amp;Fahrzeug</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Chart engine</source>
        <translation>Diagramm-Engine</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>&amp;Import results</source>
        <translation>&amp;Importergebnisse</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Connect BMW Car&amp;Data…</source>
        <translation>Mit BMW Car&amp;Data verbinden …</translation>
    </message>
    <message>
        <source>Fetch charging history and battery readings from BMW&apos;s CarData service</source>
        <translation>Ladeverlauf und Batteriewerte vom CarData-Dienst von BMW abrufen</translation>
    </message>
    <message>
        <source>Fetch from BMW CarData &amp;now</source>
        <translation>&amp;Jetzt von BMW CarData abrufen</translation>
    </message>
    <message>
        <source>Fetch new charging sessions and battery readings of the connected cars</source>
        <translation>Neue Ladevorgänge und Batteriewerte der verbundenen Fahrzeuge abrufen</translation>
    </message>
    <message>
        <source>&amp;Disconnect BMW CarData…</source>
        <translation>Verbindung zu BMW CarData &amp;trennen …</translation>
    </message>
    <message>
        <source>Remove the BMW CarData login from this computer</source>
        <translation>Die BMW-CarData-Anmeldung von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>&amp;Fetch from BMW CarData once a day at start</source>
        <translation>Beim Start einmal täglich von BMW CarData &amp;abrufen</translation>
    </message>
    <message>
        <source>BMW CarData online</source>
        <translation>BMW CarData online</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Datenbank…</translation>
    </message>
    <message>
        <source>Include &amp;shared vehicles</source>
        <translation>&amp;Geteilte Fahrzeuge einbeziehen</translation>
    </message>
    <message>
        <source>Show the cars other owners shared with you in the chart, the fleet band and the table</source>
        <translation>Die Autos, die andere Besitzer mit Ihnen geteilt haben, im Diagramm, im Flottenband und in der Tabelle zeigen</translation>
    </message>
    <message>
        <source>S&amp;hare anonymized data…</source>
        <translation>Anonymisierte Daten &amp;teilen …</translation>
    </message>
    <message>
        <source>Write a bundle of your cars&apos; charging data, without VIN, places or times, for other owners</source>
        <translation>Ein Paket mit den Ladedaten Ihrer Autos für andere Besitzer schreiben, ohne FIN, Orte oder Uhrzeiten</translation>
    </message>
    <message>
        <source>Forget every vehicle of this &amp;source…</source>
        <translation>Alle Fahrzeuge dieser &amp;Quelle vergessen …</translation>
    </message>
    <message>
        <source>Remove all the cars that came from the same owner&apos;s bundles</source>
        <translation>Alle Autos entfernen, die aus den Paketen desselben Besitzers stammen</translation>
    </message>
    <message>
        <source>Import CarData archives (.zip), charging histories (.json) or other owners&apos; sharing bundles (.cdshare)</source>
        <translation>CarData-Archive (.zip), Ladehistorien (.json) oder geteilte Pakete anderer Besitzer (.cdshare) importieren</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>%1 (vehicle %2)</source>
        <translation>%1 (Fahrzeug %2)</translation>
    </message>
    <message>
        <source>model unknown</source>
        <translation>Modell unbekannt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>Kilometerstand (km)</translation>
    </message>
    <message>
        <source>Mileage (mi)</source>
        <translation>Meilenstand (mi)</translation>
    </message>
    <message>
        <source>State of health (%)</source>
        <translation>Gesundheitszustand (%)</translation>
    </message>
    <message>
        <source>Capacity (kWh)</source>
        <translation>Kapazität (kWh)</translation>
    </message>
    <message>
        <source>Select a vehicle to compare it with its fleet at the same age.</source>
        <translation>Wählen Sie ein Fahrzeug, um es mit seiner Flotte im gleichen Alter zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 fleet of %n vehicle(s): median and 10–90 % band</source>
        <translation>
            <numerusform>%1-Flotte mit %n Fahrzeug: Median und 10–90-%-Band</numerusform>
            <numerusform>%1-Flotte mit %n Fahrzeugen: Median und 10–90-%-Band</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a model, or select a vehicle, to see its fleet band.</source>
        <translation>Wählen Sie ein Modell oder ein Fahrzeug, um das Band seiner Flotte zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s) without a known capacity when new are not shown as state of health (Vehicle → Set capacity when new).</source>
        <translation>
            <numerusform>%n Fahrzeug ohne bekannte Neukapazität wird nicht als Gesundheitszustand gezeigt (Fahrzeug → Neukapazität festlegen).</numerusform>
            <numerusform>%n Fahrzeuge ohne bekannte Neukapazität werden nicht als Gesundheitszustand gezeigt (Fahrzeug → Neukapazität festlegen).</numerusform>
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
        <translation>Kilometerstand unbekannt</translation>
    </message>
    <message>
        <source>derived from grid energy</source>
        <translation>aus der Netzenergie abgeleitet</translation>
    </message>
    <message>
        <source>measured battery energy</source>
        <translation>gemessene Akkuenergie</translation>
    </message>
    <message>
        <source>outlier: not used for the trend</source>
        <translation>Ausreißer: nicht für den Trend verwendet</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation>Fahrzeug %1</translation>
    </message>
    <message>
        <source>%L1 % shown by the car</source>
        <translation>%L1 % vom Auto angezeigt</translation>
    </message>
    <message>
        <source>%L1 kWh reported by the car</source>
        <translation>%L1 kWh vom Auto gemeldet</translation>
    </message>
    <message>
        <source>Sessions: measured</source>
        <translation>Ladevorgänge: gemessen</translation>
    </message>
    <message>
        <source>Sessions: derived</source>
        <translation>Ladevorgänge: abgeleitet</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Selected: measured</source>
        <translation>Auswahl: gemessen</translation>
    </message>
    <message>
        <source>Selected: derived</source>
        <translation>Auswahl: abgeleitet</translation>
    </message>
    <message>
        <source>Selected: car&apos;s own reading</source>
        <translation>Auswahl: Wert des Autos</translation>
    </message>
    <message>
        <source>Fleet median</source>
        <translation>Median der Flotte</translation>
    </message>
    <message>
        <source>Fleet 10–90 %</source>
        <translation>Flotte 10–90 %</translation>
    </message>
    <message>
        <source>Selected: trend</source>
        <translation>Auswahl: Trend</translation>
    </message>
    <message>
        <source>No data to show for this choice.</source>
        <translation>Für diese Auswahl gibt es keine Daten.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>the car&apos;s maximum usable energy</source>
        <translation>maximal nutzbare Energie laut Fahrzeug</translation>
    </message>
    <message>
        <source>the car&apos;s displayed state of health</source>
        <translation>im Fahrzeug angezeigter Gesundheitszustand</translation>
    </message>
    <message>
        <source>the car&apos;s energy content of the battery</source>
        <translation>Energieinhalt der Batterie laut Fahrzeug</translation>
    </message>
    <message>
        <source>No vehicle shown has a known capacity when new, so capacity is shown in kWh instead of state of health (Vehicle → Set capacity when new).</source>
        <translation>Kein gezeigtes Fahrzeug hat eine bekannte Neukapazität, daher wird die Kapazität in kWh statt als Gesundheitszustand gezeigt (Fahrzeug → Neukapazität festlegen).</translation>
    </message>
    <message>
        <source>The fleet&apos;s %L1 sessions are drawn as a density: the darker, the more sessions. Select a vehicle to see its own points.</source>
        <translation>Die %L1 Ladevorgänge der Flotte sind als Dichte gezeichnet: je dunkler, desto mehr Ladevorgänge. Wählen Sie ein Fahrzeug, um seine eigenen Punkte zu sehen.</translation>
    </message>
    <message>
        <source>Sessions: density</source>
        <translation>Ladevorgänge: Dichte</translation>
    </message>
    <message numerus="yes">
        <source>%1 fleet of %n vehicle(s) (%2 yours, %3 shared): median and 10–90 % band</source>
        <translation>
            <numerusform>%1-Flotte mit %n Fahrzeug (%2 eigene, %3 geteilte): Median und 10–90-%-Band</numerusform>
            <numerusform>%1-Flotte mit %n Fahrzeugen (%2 eigene, %3 geteilte): Median und 10–90-%-Band</numerusform>
        </translation>
    </message>
    <message>
        <source>vehicle %1, shared by another owner</source>
        <translation>Fahrzeug %1, von einem anderen Besitzer geteilt</translation>
    </message>
    <message>
        <source>Sessions of shared cars</source>
        <translation>Ladevorgänge geteilter Autos</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>The image could not be saved as %1: %2</source>
        <translation>Das Bild konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Chart saved as %1 (%2 × %3 pixels).</source>
        <translation>Diagramm als %1 gespeichert (%2 × %3 Pixel).</translation>
    </message>
    <message>
        <source>The data could not be saved as %1: %2</source>
        <translation>Die Daten konnten nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>battery-health.png</source>
        <translation>akkuzustand.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>battery-health.csv</source>
        <translation>akkuzustand.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Data saved as %1.</source>
        <translation>Daten als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect BMW CarData</source>
        <translation>Mit BMW CarData verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Since mid-2025 BMW&apos;s exports no longer carry the charging history. The app can fetch it, and the car&apos;s own battery readings, from BMW&apos;s CarData service, once a day, within BMW&apos;s limit of 50 requests.&lt;/p&gt;&lt;p&gt;BMW asks for a client ID of your own:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Log in on the BMW (or MINI) website and open &lt;i&gt;BMW CarData&lt;/i&gt; under your personal data.&lt;/li&gt;&lt;li&gt;Press &lt;i&gt;Create CarData Client&lt;/i&gt;, then subscribe the client to &lt;i&gt;CarData API&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Copy the client ID (the portal shows it only once) and paste it here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The login is kept in your desktop&apos;s keychain; your car&apos;s VIN never enters the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seit Mitte 2025 enthalten die Exporte von BMW keinen Ladeverlauf mehr. Die App kann ihn, und die eigenen Batteriewerte des Fahrzeugs, vom CarData-Dienst von BMW abrufen: einmal am Tag, innerhalb des BMW-Limits von 50 Anfragen.&lt;/p&gt;&lt;p&gt;BMW verlangt dafür eine eigene Client-ID:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Melden Sie sich auf der BMW- (oder MINI-)Website an und öffnen Sie &lt;i&gt;BMW CarData&lt;/i&gt; bei Ihren persönlichen Daten.&lt;/li&gt;&lt;li&gt;Wählen Sie &lt;i&gt;CarData Client erstellen&lt;/i&gt; und abonnieren Sie für den Client die &lt;i&gt;CarData API&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Kopieren Sie die Client-ID (das Portal zeigt sie nur einmal) und fügen Sie sie hier ein.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Die Anmeldung wird im Schlüsselbund Ihres Desktops aufbewahrt; die Fahrgestellnummer gelangt nie in die Datenbank.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Open this link and log in with your BMW or MINI account:</source>
        <translation>Öffnen Sie diesen Link und melden Sie sich mit Ihrem BMW- oder MINI-Konto an:</translation>
    </message>
    <message>
        <source>Then confirm this code:</source>
        <translation>Bestätigen Sie dann diesen Code:</translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>or scan it with your phone</source>
        <translation>oder mit dem Telefon scannen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Fetch now</source>
        <translation>Jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Asking BMW for a login code…</source>
        <translation>BMW wird um einen Anmeldecode gebeten …</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the code (valid for another %1:%2)…</source>
        <translation>Warten auf Ihre Bestätigung des Codes (noch %1:%2 gültig) …</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The connection did not work.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Verbindung kam nicht zustande.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Connected.&lt;/b&gt; BMW lists %n vehicle(s) for this account</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Verbunden.&lt;/b&gt; BMW führt %n Fahrzeug für dieses Konto</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Verbunden.&lt;/b&gt; BMW führt %n Fahrzeuge für dieses Konto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them with you as the primary user.&lt;/p&gt;</source>
        <translation>
            <numerusform>, davon %n mit Ihnen als Hauptnutzer.&lt;/p&gt;</numerusform>
            <numerusform>, davon %n mit Ihnen als Hauptnutzer.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The login is stored in %1. The app fetches new charging sessions once a day when it starts; Vehicle → Fetch from BMW CarData fetches at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Anmeldung ist gespeichert in: %1. Die App ruft neue Ladevorgänge einmal täglich beim Start ab; Fahrzeug → Jetzt von BMW CarData abrufen holt sie sofort.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>VIN %1: primary user, its data can be fetched</source>
        <translation>FIN %1: Hauptnutzer, die Daten können abgerufen werden</translation>
    </message>
    <message>
        <source>VIN %1: secondary user, BMW gives its data only to the primary user</source>
        <translation>FIN %1: Zweitnutzer, BMW gibt die Daten nur dem Hauptnutzer</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Filled dots: capacity from measured battery energy. Hollow dots: derived from grid energy (less certain). Grey squares: outliers. Select a vehicle to highlight it and see its trend.</source>
        <translation>Gefüllte Punkte: Kapazität aus gemessener Akkuenergie. Hohle Punkte: aus der Netzenergie abgeleitet (unsicherer). Graue Quadrate: Ausreißer. Wählen Sie ein Fahrzeug, um es hervorzuheben und seinen Trend zu sehen.</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Modellfilter</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>Waagerechte Achse</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>Vertical axis</source>
        <translation>Senkrechte Achse</translation>
    </message>
    <message>
        <source>Capacity (kWh)</source>
        <translation>Kapazität (kWh)</translation>
    </message>
    <message>
        <source>State of health (%)</source>
        <translation>Gesundheitszustand (%)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message numerus="yes">
        <source>All models (%n vehicle(s))</source>
        <translation>
            <numerusform>Alle Modelle (%n Fahrzeug)</numerusform>
            <numerusform>Alle Modelle (%n Fahrzeuge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vehicle(s))</source>
        <translation>
            <numerusform>%1 (%n Fahrzeug)</numerusform>
            <numerusform>%1 (%n Fahrzeuge)</numerusform>
        </translation>
    </message>
    <message>
        <source>State of health (%) — needs a capacity when new</source>
        <translation>Gesundheitszustand (%) — braucht eine Neukapazität</translation>
    </message>
    <message>
        <source>No vehicle shown has a known capacity when new: the chart shows kWh. Vehicle → Set capacity when new.</source>
        <translation>Kein gezeigtes Fahrzeug hat eine bekannte Neukapazität: Das Diagramm zeigt kWh. Fahrzeug → Neukapazität festlegen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vehicle(s): %2 yours, %3 shared)</source>
        <translation>
            <numerusform>%1 (%n Fahrzeug: %2 eigene, %3 geteilte)</numerusform>
            <numerusform>%1 (%n Fahrzeuge: %2 eigene, %3 geteilte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>This computer&apos;s own database (in the data folder)</source>
        <translation>Die eigene Datenbank dieses Computers (im Datenordner)</translation>
    </message>
    <message>
        <source>A team&apos;s PostgreSQL server, shared with others who import</source>
        <translation>Der PostgreSQL-Server eines Teams, gemeinsam mit anderen, die importieren</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>cdtk1-… (leave empty to keep the one stored)</source>
        <translation>cdtk1-… (leer lassen, um den gespeicherten zu behalten)</translation>
    </message>
    <message>
        <source>&amp;Team key:</source>
        <translation>&amp;Teamschlüssel:</translation>
    </message>
    <message>
        <source>Test the &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, or choose this computer&apos;s own database.</source>
        <translation>Geben Sie die Adresse des Servers ein, oder wählen Sie die eigene Datenbank dieses Computers.</translation>
    </message>
    <message>
        <source>(leave empty to use the one kept, or ~/.pgpass)</source>
        <translation>(leer lassen, um das gespeicherte oder ~/.pgpass zu verwenden)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>A password typed here is kept in the desktop keychain, never in a settings file; without a keychain, put it in ~/.pgpass. The team key stays on this computer (in the keychain, or a file only you can read); the server keeps only a check value.</source>
        <translation>Ein hier eingegebenes Passwort wird im Schlüsselbund des Desktops aufbewahrt, nie in einer Einstellungsdatei; ohne Schlüsselbund tragen Sie es in ~/.pgpass ein. Der Teamschlüssel bleibt auf diesem Computer (im Schlüsselbund oder in einer Datei, die nur Sie lesen können); der Server bewahrt nur einen Prüfwert.</translation>
    </message>
</context>
<context>
    <name>DatabaseErrorPage</name>
    <message>
        <source>&lt;h2&gt;The database cannot be read&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Die Datenbank kann nicht gelesen werden&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the data folder belongs to you and that the disk is not full, then try again. A damaged database can be moved aside: the app then starts a new one, and the exports can be imported again. Before an upgrade, the app keeps a copy of the database in the data folder. To look at another database, start the app with --data-dir FOLDER.</source>
        <translation>Es wurde nichts geändert. Prüfen Sie, ob der Datenordner Ihnen gehört und der Datenträger nicht voll ist, und versuchen Sie es erneut. Eine beschädigte Datenbank kann beiseitegelegt werden: Die App legt dann eine neue an, und die Exporte können erneut importiert werden. Vor einem Upgrade legt die App eine Kopie der Datenbank im Datenordner ab. Um eine andere Datenbank anzusehen, starten Sie die App mit --data-dir ORDNER.</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>Datenordner ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop zone for CarData exports</source>
        <translation>Ablagefläche für CarData-Exporte</translation>
    </message>
    <message>
        <source>Drop your BMW CarData export here</source>
        <translation>Ziehen Sie Ihren BMW-CarData-Export hierher</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;.zip&lt;/b&gt; archive as it comes, a charging history &lt;b&gt;.json&lt;/b&gt;, or a folder holding them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;No export yet?&lt;/b&gt; Sign in to your BMW (or MINI) account on the web, open &lt;b&gt;BMW CarData&lt;/b&gt; and request the data archive. You will receive a .zip file a little later.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: no VIN, address or location is stored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das &lt;b&gt;.zip&lt;/b&gt;-Archiv, so wie es kommt, einen Ladeverlauf als &lt;b&gt;.json&lt;/b&gt; oder einen Ordner, der sie enthält.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Noch kein Export?&lt;/b&gt; Melden Sie sich im Web bei Ihrem BMW- (oder MINI-)Konto an, öffnen Sie &lt;b&gt;BMW CarData&lt;/b&gt; und fordern Sie das Datenarchiv an. Sie erhalten etwas später eine .zip-Datei.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer: Es werden weder FIN noch Adresse oder Position gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>Look around with a &amp;demo fleet</source>
        <translation>Mit einer &amp;Demo-Flotte umsehen</translation>
    </message>
    <message>
        <source>Synthetic cars in a separate demo database; your own data is not touched.</source>
        <translation>Erfundene Autos in einer eigenen Demo-Datenbank; Ihre eigenen Daten bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>The files will be imported when the current import has finished.</source>
        <translation>Die Dateien werden importiert, sobald der laufende Import fertig ist.</translation>
    </message>
    <message>
        <source>The model could not be set: %1</source>
        <translation>Das Modell konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>Please wait until the current import has finished.</source>
        <translation>Bitte warten Sie, bis der laufende Import fertig ist.</translation>
    </message>
    <message>
        <source>Creating the demo fleet…</source>
        <translation>Demo-Flotte wird erzeugt …</translation>
    </message>
    <message>
        <source>Import CarData exports</source>
        <translation>CarData-Exporte importieren</translation>
    </message>
    <message>
        <source>Import a folder of CarData exports</source>
        <translation>Einen Ordner mit CarData-Exporten importieren</translation>
    </message>
    <message>
        <source>The fetch from BMW CarData will start when the current import has finished.</source>
        <translation>Der Abruf von BMW CarData beginnt, sobald der laufende Import beendet ist.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Datenbank nur lesbar</translation>
    </message>
    <message>
        <source>This database can only be viewed here (it was opened read-only, or its file, folder or disk cannot be written): nothing can be imported into it.</source>
        <translation>Diese Datenbank kann hier nur angesehen werden (sie wurde schreibgeschützt geöffnet, oder ihre Datei, ihr Ordner oder ihr Datenträger ist nicht beschreibbar): Es kann nichts in sie importiert werden.</translation>
    </message>
    <message>
        <source>CarData exports and sharing bundles (*.zip *.json *.xml *.cdshare);;All files (*)</source>
        <translation>CarData-Exporte und geteilte Pakete (*.zip *.json *.xml *.cdshare);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>No import yet.</source>
        <translation>Noch kein Import.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop after the current file; the files finished so far stay stored.</source>
        <translation>Nach der aktuellen Datei anhalten; bereits fertige Dateien bleiben gespeichert.</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importergebnisse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Abbruch nach der aktuellen Datei …</translation>
    </message>
    <message numerus="yes">
        <source>Looking for CarData files… (%n more import(s) waiting)</source>
        <translation>
            <numerusform>Suche nach CarData-Dateien … (%n weiterer Import wartet)</numerusform>
            <numerusform>Suche nach CarData-Dateien … (%n weitere Importe warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for CarData files…</source>
        <translation>Suche nach CarData-Dateien …</translation>
    </message>
    <message numerus="yes">
        <source>File %1 of %2 · %n session(s) stored</source>
        <translation>
            <numerusform>Datei %1 von %2 · %n Ladevorgang gespeichert</numerusform>
            <numerusform>Datei %1 von %2 · %n Ladevorgänge gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>(import)</source>
        <translation>(Import)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>Nicht importiert: Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>already imported earlier; not read again</source>
        <translation>bereits früher importiert; nicht erneut gelesen</translation>
    </message>
    <message>
        <source>%1 new, %2 duplicate, %3 rejected</source>
        <translation>%1 neu, %2 doppelt, %3 abgelehnt</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>nichts zu importieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n Fahrzeug</numerusform>
            <numerusform>%n Fahrzeuge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expand to see why %n record(s) were skipped.</source>
        <translation>
            <numerusform>Aufklappen, um zu sehen, warum %n Datensatz übersprungen wurde.</numerusform>
            <numerusform>Aufklappen, um zu sehen, warum %n Datensätze übersprungen wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation>Fahrzeug %1</translation>
    </message>
    <message>
        <source>model unknown</source>
        <translation>Modell unbekannt</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported before</source>
        <translation>
            <numerusform>%n bereits zuvor importiert</numerusform>
            <numerusform>%n bereits zuvor importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n mit Fehlern</numerusform>
            <numerusform>%n mit Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: %1. Files finished before stay stored.</source>
        <translation>Import abgebrochen: %1. Bereits fertige Dateien bleiben gespeichert.</translation>
    </message>
    <message>
        <source>Import finished: %1.</source>
        <translation>Import beendet: %1.</translation>
    </message>
    <message>
        <source>%v of %m requests</source>
        <translation>%v von %m Anfragen</translation>
    </message>
    <message>
        <source>BMW CarData: request %1 of about %2</source>
        <translation>BMW CarData: Anfrage %1 von etwa %2</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Battery health of BMW and MINI electric cars from BMW CarData exports.</source>
        <translation>Akkuzustand von BMW- und MINI-Elektroautos aus BMW-CarData-Exporten.</translation>
    </message>
    <message>
        <source>Data folder (database and installation secret). Default: %1</source>
        <translation>Datenordner (Datenbank und Installationsgeheimnis). Standard: %1</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Start with the demo fleet (a separate database).</source>
        <translation>Mit der Demo-Flotte starten (eine eigene Datenbank).</translation>
    </message>
    <message>
        <source>Chart engine for this run: native or plotly.</source>
        <translation>Diagramm-Engine für diesen Start: native oder plotly.</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>ENGINE</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the start-up import has finished and the chart is drawn, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald der Import beim Start fertig und das Diagramm gezeichnet ist, dann beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Window size, e.g. 1200x760.</source>
        <translation>Fenstergröße, z. B. 1200x760.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Highlight the first vehicle of the table.</source>
        <translation>Das erste Fahrzeug der Tabelle hervorheben.</translation>
    </message>
    <message>
        <source>CarData exports to import: .zip, .json or folders.</source>
        <translation>Zu importierende CarData-Exporte: .zip, .json oder Ordner.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[DATEI …]</translation>
    </message>
    <message>
        <source>Unknown chart engine &apos;%1&apos;: use native or plotly.</source>
        <translation>Unbekannte Diagramm-Engine „%1“: native oder plotly verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a window size such as 1200x760.</source>
        <translation>„%1“ ist keine Fenstergröße wie 1200x760.</translation>
    </message>
    <message>
        <source>Open the database for viewing only: nothing is imported or changed.</source>
        <translation>Die Datenbank nur zum Ansehen öffnen: Es wird nichts importiert oder geändert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The export %1 does not say which model vehicle %2 is (%n session(s)). Which model is it?</source>
        <translation>
            <numerusform>Der Export %1 sagt nicht, welches Modell Fahrzeug %2 ist (%n Ladevorgang). Welches Modell ist es?</numerusform>
            <numerusform>Der Export %1 sagt nicht, welches Modell Fahrzeug %2 ist (%n Ladevorgänge). Welches Modell ist es?</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>The language changes the next time you start the app.</source>
        <translation>Die Sprache wechselt beim nächsten Start der App.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>DEMO FLEET — synthetic cars, not your data</source>
        <translation>DEMO-FLOTTE – erfundene Autos, nicht Ihre Daten</translation>
    </message>
    <message>
        <source>Please wait until the demo fleet is loaded.</source>
        <translation>Bitte warten Sie, bis die Demo-Flotte geladen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n Fahrzeug</numerusform>
            <numerusform>%n Fahrzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>CarData Battery Health</source>
        <translation>CarData Akkuzustand</translation>
    </message>
    <message>
        <source>%1 — Demo fleet (synthetic data)</source>
        <translation>%1 – Demo-Flotte (erfundene Daten)</translation>
    </message>
    <message>
        <source>Vehicle %1 was forgotten.</source>
        <translation>Fahrzeug %1 wurde vergessen.</translation>
    </message>
    <message>
        <source>The chart could not be exported</source>
        <translation>Das Diagramm konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>About CarData Battery Health</source>
        <translation>Über CarData Akkuzustand</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CarData Battery Health %1&lt;/h3&gt;&lt;p&gt;The state of health of BMW and MINI high-voltage batteries, estimated from BMW CarData exports.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data folder:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;It holds the database and the installation secret; back up both together. The demo fleet lives in its own database in the subfolder &lt;i&gt;demo&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;No VIN, address or location is ever stored. The app never connects to the internet.&lt;/p&gt;&lt;p&gt;Charts: Qt Charts, and Plotly.js %3 (MIT licence), bundled.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CarData Akkuzustand %1&lt;/h3&gt;&lt;p&gt;Der Gesundheitszustand der Hochvoltakkus von BMW und MINI, geschätzt aus BMW-CarData-Exporten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ihr Datenordner:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Er enthält die Datenbank und das Installationsgeheimnis; sichern Sie beide zusammen. Die Demo-Flotte liegt in einer eigenen Datenbank im Unterordner &lt;i&gt;demo&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Es werden nie FIN, Adresse oder Position gespeichert. Die App verbindet sich nie mit dem Internet.&lt;/p&gt;&lt;p&gt;Diagramme: Qt Charts und Plotly.js %3 (MIT-Lizenz), mitgeliefert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Die Änderung konnte nicht vorgenommen werden</translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation>Die Datenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Connect BMW Car&amp;Data again…</source>
        <translation>Erneut mit BMW Car&amp;Data verbinden …</translation>
    </message>
    <message>
        <source>Connect BMW Car&amp;Data…</source>
        <translation>Mit BMW Car&amp;Data verbinden …</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>This database can only be viewed here (it was opened read-only, or its file, folder or disk cannot be written): nothing can be imported or changed.</source>
        <translation>Diese Datenbank kann hier nur angesehen werden (sie wurde schreibgeschützt geöffnet, oder ihre Datei, ihr Ordner oder ihr Datenträger ist nicht beschreibbar): Es kann nichts importiert oder geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Updating the estimates of %n other vehicle(s) whose model&apos;s efficiency moved…</source>
        <translation>
            <numerusform>Die Schätzung von %n weiteren Fahrzeug, dessen Modell-Wirkungsgrad sich geändert hat, wird aktualisiert…</numerusform>
            <numerusform>Die Schätzungen von %n weiteren Fahrzeugen, deren Modell-Wirkungsgrad sich geändert hat, werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>The database can be changed once the import has finished.</source>
        <translation>Die Datenbank kann gewechselt werden, sobald der Import beendet ist.</translation>
    </message>
    <message>
        <source>Now showing %1.</source>
        <translation>Angezeigt wird jetzt %1.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Die Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 — shared database %2</source>
        <translation>%1 — gemeinsame Datenbank %2</translation>
    </message>
    <message>
        <source>Wrote the sharing bundle %1.</source>
        <translation>Das Paket %1 wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <source>Vehicle model</source>
        <translation>Fahrzeugmodell</translation>
    </message>
    <message>
        <source>The model decides the battery&apos;s capacity when new, and so the state of health. Pick one from the list or type the name as BMW writes it, e.g. “i4 eDrive40”.</source>
        <translation>Das Modell bestimmt die Neukapazität des Akkus und damit den Gesundheitszustand. Wählen Sie eines aus der Liste oder tippen Sie den Namen so, wie BMW ihn schreibt, z. B. „i4 eDrive40“.</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <source>&amp;Set model</source>
        <translation>Modell &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>NativeChartView</name>
    <message>
        <source>Battery health chart</source>
        <translation>Diagramm des Akkuzustands</translation>
    </message>
    <message>
        <source>Fleet 10–90 %</source>
        <translation>Flotte 10–90 %</translation>
    </message>
    <message>
        <source>Fleet median</source>
        <translation>Median der Flotte</translation>
    </message>
    <message>
        <source>Sessions: measured</source>
        <translation>Ladevorgänge: gemessen</translation>
    </message>
    <message>
        <source>Sessions: derived</source>
        <translation>Ladevorgänge: abgeleitet</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Selected: measured</source>
        <translation>Auswahl: gemessen</translation>
    </message>
    <message>
        <source>Selected: derived</source>
        <translation>Auswahl: abgeleitet</translation>
    </message>
    <message>
        <source>Selected: trend</source>
        <translation>Auswahl: Trend</translation>
    </message>
    <message>
        <source>Selected: car&apos;s own reading</source>
        <translation>Auswahl: Wert des Autos</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>No data to show for this choice.</source>
        <translation>Für diese Auswahl gibt es keine Daten.</translation>
    </message>
    <message>
        <source>The image size %1 × %2 is empty.</source>
        <translation>Die Bildgröße %1 × %2 ist leer.</translation>
    </message>
    <message>
        <source>Sessions: density</source>
        <translation>Ladevorgänge: Dichte</translation>
    </message>
    <message>
        <source>Sessions of shared cars</source>
        <translation>Ladevorgänge geteilter Autos</translation>
    </message>
</context>
<context>
    <name>OnlineController</name>
    <message>
        <source>BMW CarData: the login cannot be read</source>
        <translation>BMW CarData: Die Anmeldung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>BMW CarData: no calls left until %1</source>
        <translation>BMW CarData: keine Abrufe mehr bis %1</translation>
    </message>
    <message numerus="yes">
        <source>BMW CarData: %n call(s) left today</source>
        <translation>
            <numerusform>BMW CarData: heute noch %n Abruf</numerusform>
            <numerusform>BMW CarData: heute noch %n Abrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>, last fetch %1</source>
        <translation>, zuletzt abgerufen %1</translation>
    </message>
    <message>
        <source>Disconnect BMW CarData</source>
        <translation>Verbindung zu BMW CarData trennen</translation>
    </message>
    <message>
        <source>Remove the BMW CarData login, the client ID and the list of vehicles from this computer?

What was fetched stays in the database. To connect again you will need the client ID.</source>
        <translation>Die BMW-CarData-Anmeldung, die Client-ID und die Fahrzeugliste von diesem Computer entfernen?

Bereits Abgerufenes bleibt in der Datenbank. Für eine neue Verbindung brauchen Sie die Client-ID.</translation>
    </message>
    <message>
        <source>BMW CarData is disconnected.</source>
        <translation>Die Verbindung zu BMW CarData ist getrennt.</translation>
    </message>
</context>
<context>
    <name>PlotlyChartView</name>
    <message>
        <source>Battery health chart (Plotly)</source>
        <translation>Diagramm des Akkuzustands (Plotly)</translation>
    </message>
    <message>
        <source>The Plotly chart page could not be loaded.</source>
        <translation>Die Seite des Plotly-Diagramms konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The web chart engine stopped unexpectedly. Switch to the native chart in the View menu. (When running as root, WebEngine needs QTWEBENGINE_DISABLE_SANDBOX=1.)</source>
        <translation>Die Web-Diagramm-Engine wurde unerwartet beendet. Wechseln Sie im Menü Ansicht zum nativen Diagramm. (Als root braucht WebEngine QTWEBENGINE_DISABLE_SANDBOX=1.)</translation>
    </message>
    <message>
        <source>The image size %1 × %2 is empty.</source>
        <translation>Die Bildgröße %1 × %2 ist leer.</translation>
    </message>
    <message>
        <source>The Plotly chart is not loaded yet; try again in a moment.</source>
        <translation>Das Plotly-Diagramm ist noch nicht geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Plotly did not produce the image within %n second(s).</source>
        <translation>
            <numerusform>Plotly hat das Bild nicht innerhalb von %n Sekunde erzeugt.</numerusform>
            <numerusform>Plotly hat das Bild nicht innerhalb von %n Sekunden erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plotly could not draw the image: %1</source>
        <translation>Plotly konnte das Bild nicht zeichnen: %1</translation>
    </message>
    <message>
        <source>Plotly&apos;s image could not be read.</source>
        <translation>Das Bild von Plotly konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>Chart image size</source>
        <translation>Bildgröße des Diagramms</translation>
    </message>
    <message>
        <source>Preset sizes</source>
        <translation>Vorgegebene Größen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
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
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share anonymized data</source>
        <translation>Anonymisierte Daten teilen</translation>
    </message>
    <message>
        <source>A bundle lets other owners&apos; apps add your cars to their model&apos;s fleet band. It holds no VIN, no vehicle key, no place, no time of day, no cost and no file name; this is everything that leaves the computer:</source>
        <translation>Mit einem Paket nehmen die Apps anderer Besitzer Ihre Autos in das Flottenband ihres Modells auf. Es enthält keine FIN, keinen Fahrzeugschlüssel, keinen Ort, keine Uhrzeit, keine Kosten und keinen Dateinamen; dies ist alles, was den Computer verlässt:</translation>
    </message>
    <message>
        <source>All my vehicles with a known model</source>
        <translation>Alle meine Fahrzeuge mit bekanntem Modell</translation>
    </message>
    <message>
        <source>Only the selected vehicle %1</source>
        <translation>Nur das ausgewählte Fahrzeug %1</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>Paket &amp;speichern …</translation>
    </message>
    <message>
        <source>Save sharing bundle</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <source>Sharing bundles (*.cdshare)</source>
        <translation>Pakete zum Teilen (*.cdshare)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Nothing can be shared: %1</source>
        <translation>Nichts kann geteilt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s), %1 charging session(s), %2 battery reading(s).</source>
        <translation>
            <numerusform>%n Fahrzeug, %1 Ladevorgänge, %2 Batteriewerte.</numerusform>
            <numerusform>%n Fahrzeuge, %1 Ladevorgänge, %2 Batteriewerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Per vehicle: an id of its own (not its key), model, drive train, capacity when new.</source>
        <translation>Je Fahrzeug: eine eigene Kennung (nicht sein Schlüssel), Modell, Antrieb, Kapazität im Neuzustand.</translation>
    </message>
    <message>
        <source>Per session: %1.</source>
        <translation>Je Ladevorgang: %1.</translation>
    </message>
    <message>
        <source>  (the day without the time, the mileage rounded to 100 km)</source>
        <translation>  (der Tag ohne Uhrzeit, der Kilometerstand auf 100 km gerundet)</translation>
    </message>
    <message>
        <source>Per battery reading: %1.</source>
        <translation>Je Batteriewert: %1.</translation>
    </message>
    <message>
        <source>One session as it is written:</source>
        <translation>Ein Ladevorgang, wie er geschrieben wird:</translation>
    </message>
    <message>
        <source>The vehicles:</source>
        <translation>Die Fahrzeuge:</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n session(s)</source>
        <translation>
            <numerusform>  %1: %n Ladevorgang</numerusform>
            <numerusform>  %1: %n Ladevorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%L2 bytes).</source>
        <translation>%1 geschrieben (%L2 Bytes).</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Model of vehicle %1. Leave it empty to make the model unknown again.</source>
        <translation>Modell von Fahrzeug %1. Leer lassen, um das Modell wieder unbekannt zu machen.</translation>
    </message>
    <message>
        <source>Capacity when new</source>
        <translation>Neukapazität</translation>
    </message>
    <message>
        <source>Usable battery capacity of vehicle %1 when it was new, in kWh.
Enter 0 to use the model table again%2.</source>
        <translation>Nutzbare Akkukapazität von Fahrzeug %1 im Neuzustand, in kWh.
0 eingeben, um wieder die Modelltabelle zu verwenden%2.</translation>
    </message>
    <message>
        <source> (%L1 kWh for %2)</source>
        <translation> (%L1 kWh für %2)</translation>
    </message>
    <message>
        <source>Forget vehicle</source>
        <translation>Fahrzeug vergessen</translation>
    </message>
    <message>
        <source>Delete vehicle %1 and all its charging sessions from this computer?

This cannot be undone; you can import its export again later.</source>
        <translation>Fahrzeug %1 und alle seine Ladevorgänge von diesem Computer löschen?

Das lässt sich nicht rückgängig machen; Sie können seinen Export später erneut importieren.</translation>
    </message>
    <message>
        <source>Forget shared vehicles</source>
        <translation>Geteilte Fahrzeuge vergessen</translation>
    </message>
    <message>
        <source>Delete every vehicle shared from the source %1 (the owner whose bundle brought vehicle %2) from this computer?

Importing a bundle of theirs again brings them back.</source>
        <translation>Alle Fahrzeuge der Quelle %1 (des Besitzers, dessen Paket Fahrzeug %2 brachte) von diesem Computer löschen?

Ein erneuter Import eines seiner Pakete bringt sie zurück.</translation>
    </message>
</context>
<context>
    <name>VehicleTableModel</name>
    <message>
        <source>unknown — set it</source>
        <translation>unbekannt – bitte festlegen</translation>
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
        <translation>Neukapazität unbekannt</translation>
    </message>
    <message>
        <source>%L1 % (%L2–%L3)</source>
        <translation>%L1 % (%L2–%L3)</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>per 10,000 km</source>
        <translation>pro 10.000 km</translation>
    </message>
    <message>
        <source>per 10,000 mi</source>
        <translation>pro 10.000 mi</translation>
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
        <translation>Fahrzeugschlüssel %1: Er kennzeichnet das Auto nur auf diesem Computer (es wird keine FIN gespeichert).</translation>
    </message>
    <message>
        <source>The export does not say which model this is. Double-click to set it.</source>
        <translation>Der Export sagt nicht, welches Modell das ist. Doppelklicken, um es festzulegen.</translation>
    </message>
    <message>
        <source>Model set by you</source>
        <translation>Modell von Ihnen festgelegt</translation>
    </message>
    <message>
        <source>Model from the KeyList</source>
        <translation>Modell aus der KeyList</translation>
    </message>
    <message numerus="yes">
        <source>Usable capacity now, with its 90 % interval, from %n session estimate(s) (%1 derived from grid energy).</source>
        <translation>
            <numerusform>Heutige nutzbare Kapazität mit 90-%-Intervall, aus %n Schätzung eines Ladevorgangs (%1 aus der Netzenergie abgeleitet).</numerusform>
            <numerusform>Heutige nutzbare Kapazität mit 90-%-Intervall, aus %n Schätzungen von Ladevorgängen (%1 aus der Netzenergie abgeleitet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the capacity when new (Vehicle menu) to see the state of health.</source>
        <translation>Legen Sie die Neukapazität fest (Menü Fahrzeug), um den Gesundheitszustand zu sehen.</translation>
    </message>
    <message>
        <source>Capacity now ÷ capacity when new (%L1 kWh, %2).</source>
        <translation>Heutige Kapazität ÷ Neukapazität (%L1 kWh, %2).</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>von Ihnen festgelegt</translation>
    </message>
    <message>
        <source>model table</source>
        <translation>Modelltabelle</translation>
    </message>
    <message>
        <source>Change of usable capacity at the end of the recorded period.</source>
        <translation>Änderung der nutzbaren Kapazität am Ende des erfassten Zeitraums.</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Ladevorgänge</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>Gesundheitszustand</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Charging efficiency of the derived points: %1 % from the published ranges or other cars&apos; battery energy</source>
        <translation>Ladewirkungsgrad der abgeleiteten Punkte: %1 % aus den veröffentlichten Bereichen oder der Akkuenergie anderer Fahrzeuge</translation>
    </message>
    <message numerus="yes">
        <source>, %1 % from the readings of %n other car(s)</source>
        <translation>
            <numerusform>, %1 % aus den Werten von %n anderen Fahrzeug</numerusform>
            <numerusform>, %1 % aus den Werten von %n anderen Fahrzeugen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 % from %n reading(s) of this car</source>
        <translation>
            <numerusform>, %1 % aus %n Wert dieses Fahrzeugs</numerusform>
            <numerusform>, %1 % aus %n Werten dieses Fahrzeugs</numerusform>
        </translation>
    </message>
    <message>
        <source>; moved by %1 %, uncertain by ±%2 %.</source>
        <translation>; verschoben um %1 %, unsicher um ±%2 %.</translation>
    </message>
    <message>
        <source>, %1 % from its capacity when new (its history starts new)</source>
        <translation>, %1 % aus seiner Neukapazität (der Verlauf beginnt neu)</translation>
    </message>
    <message>
        <source>Its charging at different powers shows a draw of %L1 ± %L2 kW while it charges (0.35 kW assumed otherwise): its low-power sessions are scaled by that.</source>
        <translation>Sein Laden mit verschiedenen Leistungen zeigt einen Eigenverbrauch von %L1 ± %L2 kW während des Ladens (sonst werden 0,35 kW angenommen): seine Ladungen mit geringer Leistung werden danach skaliert.</translation>
    </message>
    <message>
        <source>shared %1</source>
        <translation>geteilt %1</translation>
    </message>
    <message>
        <source>Shared by another owner (source %1): it is part of the fleet band and the fleet&apos;s numbers. View → Include shared vehicles hides the shared ones.</source>
        <translation>Von einem anderen Besitzer geteilt (Quelle %1): Es zählt zum Flottenband und zu den Flottenzahlen. Ansicht → Geteilte Fahrzeuge einbeziehen blendet die geteilten aus.</translation>
    </message>
</context>
</TS>
