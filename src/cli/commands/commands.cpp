// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commands/commands.h"

namespace Commands {

const QList<Command> &all()
{
    static const QList<Command> commands = {
        {u"import", u"[--model NAME] [--vehicle KEY] [--json] PATH...",
         u"import charging-history .json files, CarData .zip archives, sharing bundles (.cdshare) or folders "
         u"holding them", importFiles},
        {u"vehicles", u"[--json]", u"list the vehicles in the database", vehicles},
        {u"set-model", u"VEHICLE NAME", u"set a vehicle's model (empty NAME: unknown)", setModel},
        {u"set-capacity", u"VEHICLE KWH|auto", u"set the vehicle's capacity when new, or use the model table",
         setCapacity},
        {u"forget", u"VEHICLE | --source ID", u"delete every trace of a vehicle, or of one source's shared vehicles",
         forget},
        {u"health", u"[--model NAME] [--vehicle KEY] [--by mileage|date] [--csv|--json]",
         u"capacity points, trends and fleet bands", health},
        {u"connect", u"--client-id ID", u"log in to BMW CarData (device code in a browser) and store the login",
         connect},
        {u"fetch", u"[--json]", u"fetch charging history and battery readings of every connected vehicle", fetch},
        {u"account", u"[--json]", u"the connected BMW CarData account: vehicles, API calls left, last fetch",
         account},
        {u"disconnect", u"", u"remove the BMW CarData login, client ID and vehicle list", disconnect},
        {u"share", u"--out FILE.cdshare [--vehicle KEY]...",
         u"write an anonymized bundle of your cars for other owners' fleet bands (docs/sharing.md)", share},
        {u"migrate", u"--to URL|DIR",
         u"copy the database to a team's PostgreSQL server, or back to a data folder's file, verified", migrate},
        {u"team-key", u"new [--save] | save FILE | show | forget",
         u"make the key a team shares for its database on a server, or keep the one you were given", teamKey},
        {u"demo", u"--out DIR [--vehicles N] [--seed S] [--scenario NAME]",
         u"write a synthetic fleet of exports with its truth", demo},
    };
    return commands;
}

} // namespace Commands
