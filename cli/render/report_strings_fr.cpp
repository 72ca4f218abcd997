#include <fmt/args.h>
#include <fmt/format.h>

#include <cstring>
#include <map>
#include <optional>
#include <vector>

#include "analyzer/interpret/error_forms.hpp"
#include "cli/render/detail_text.hpp"
#include "cli/render/report_strings.hpp"

namespace pgdrift {
namespace {

// French counts: 0 and 1 take the singular.
std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n <= 1 ? one : many);
}

std::string looked_up(const std::map<std::string, std::string, std::less<>>& words,
                      std::string_view key) {
  auto found = words.find(key);
  return found == words.end() ? std::string(key) : found->second;
}

// PostgreSQL's refusals (error_forms.hpp), in the words of its French translation. Each key
// is the English template; the arguments are names, and keep their order unless numbered.
constexpr std::pair<std::string_view, std::string_view> kErrorForms[]{
    {error_form::relation_exists, "la relation {} existe déjà"},
    {error_form::relation_missing, "la relation {} n'existe pas"},
    {error_form::column_exists, "la colonne « {} » de la relation {} existe déjà"},
    {error_form::column_missing, "la colonne « {} » de la relation {} n'existe pas"},
    {error_form::column_to_rename_missing, "la colonne « {} » n'existe pas"},
    {error_form::query_column_missing, "la colonne {}.{} n'existe pas"},
    {error_form::constraint_exists, "la contrainte « {} » de la relation {} existe déjà"},
    {error_form::constraint_missing, "la contrainte « {} » de la relation {} n'existe pas"},
    {error_form::matview_default,
     "l'action ALTER COLUMN ... SET DEFAULT ne peut pas être appliquée à la vue matérialisée {}"},
    {error_form::extension_exists, "l'extension « {} » existe déjà"},
    {error_form::extension_missing, "l'extension « {} » n'existe pas"},
    {error_form::function_exists, "la fonction {} existe déjà"},
    {error_form::function_missing, "la fonction {} n'existe pas"},
    {error_form::aggregate_exists, "l'agrégat {} existe déjà"},
    {error_form::policy_exists, "la politique « {} » de la table {} existe déjà"},
    {error_form::policy_missing, "la politique « {} » de la table {} n'existe pas"},
    {error_form::schema_exists, "le schéma « {} » existe déjà"},
    {error_form::sequence_exists, "la séquence {} existe déjà"},
    {error_form::sequence_missing, "la séquence {} n'existe pas"},
    {error_form::trigger_exists, "le déclencheur « {} » de la relation {} existe déjà"},
    {error_form::event_trigger_exists, "le déclencheur d'événement « {} » existe déjà"},
    {error_form::event_trigger_missing, "le déclencheur d'événement « {} » n'existe pas"},
    {error_form::type_exists, "le type {} existe déjà"},
    {error_form::type_missing, "le type {} n'existe pas"},
    {error_form::enum_label_exists, "la valeur d'énumération « {} » existe déjà"},
    {error_form::publication_exists, "la publication « {} » existe déjà"},
    {error_form::publication_missing, "la publication « {} » n'existe pas"},
    {error_form::child_lacks_constraint, "il manque la contrainte « {} » à la table enfant"},
    {error_form::circular_inheritance,
     "héritage circulaire interdit : {} est déjà un enfant de {}"},
    {error_form::object_exists, "l'objet {1} ({0}) existe déjà"},
    {error_form::object_missing, "l'objet {1} ({0}) n'existe pas"},
    {error_form::object_to_rename_missing, "l'objet à renommer ({}) n'existe pas"},
    {error_form::syntax_error_near, "erreur de syntaxe sur ou près de « {} »"},
    {error_form::syntax_error_at_end, "erreur de syntaxe à la fin de l'entrée"},
};

// The kinds "{} {} already exists" names, in the words of their CREATE statements.
const std::map<std::string, std::string, std::less<>> kCreatedKinds{
    {"operator class", "classe d'opérateurs"},
    {"operator family", "famille d'opérateurs"},
    {"operator", "opérateur"},
    {"foreign-data wrapper", "wrapper de données distantes"},
    {"foreign server", "serveur distant"},
    {"user mapping", "correspondance d'utilisateur"},
    {"subscription", "souscription"},
    {"language", "langage"},
    {"access method", "méthode d'accès"},
    {"statistics object", "objet statistique"},
    {"conversion", "conversion"},
    {"collation", "collation"},
    {"rule", "règle"},
    {"cast", "conversion de type"},
    {"transform", "transformation"},
    {"text search parser", "analyseur de recherche plein texte"},
    {"text search dictionary", "dictionnaire de recherche plein texte"},
    {"text search template", "modèle de recherche plein texte"},
    {"text search configuration", "configuration de recherche plein texte"},
};

constexpr const std::string_view* french_form(std::string_view english) {
  for (const auto& [key, french] : kErrorForms) {
    if (key == english) return &french;
  }
  return nullptr;
}

constexpr bool every_error_form_translated() {
  for (std::string_view form : kAllErrorForms) {
    if (!french_form(form)) return false;
  }
  return true;
}
static_assert(every_error_form_translated(), "an error form of error_forms.hpp has no French");

std::string filled(std::string_view form, const std::vector<std::string>& arguments) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const std::string& argument : arguments) store.push_back(argument);
  return fmt::vformat(form, store);
}

// "operator class public.x already exists": the kind may be several words (the longest known
// kind the message starts with).
std::optional<std::vector<std::string>> existing_object(std::string_view message) {
  constexpr std::string_view tail = " already exists";
  const std::pair<const std::string, std::string>* kind = nullptr;
  for (const auto& known : kCreatedKinds) {
    std::string head = known.first + " ";
    if (message.starts_with(head) && message.size() > head.size() + tail.size() &&
        (!kind || known.first.size() > kind->first.size()))
      kind = &known;
  }
  if (!kind || !message.ends_with(tail)) return std::nullopt;
  std::size_t head = kind->first.size() + 1;
  return std::vector<std::string>{
      kind->second, std::string(message.substr(head, message.size() - head - tail.size()))};
}

std::string french_error(const DryRunFailure& failure) {
  if (auto arguments = existing_object(failure.message))
    return filled(*french_form(error_form::object_exists), *arguments);
  for (std::string_view form : kAllErrorForms) {
    if (auto arguments = error_form_arguments(form, failure.message))
      return filled(*french_form(form), *arguments);
  }
  // Every message the interpreter makes has a form; libpg_query's rarer ones do not.
  return fmt::format("PostgreSQL refuserait l'instruction : {}", failure.message);
}

// Kinds as nouns (singular, plural).
const std::map<std::string, std::pair<std::string, std::string>, std::less<>> kKinds{
    {"schema", {"schéma", "Schémas"}},
    {"extension", {"extension", "Extensions"}},
    {"table", {"table", "Tables"}},
    {"column", {"colonne", "Colonnes"}},
    {"constraint", {"contrainte", "Contraintes"}},
    {"index", {"index", "Index"}},
    {"view", {"vue", "Vues"}},
    {"materialized_view", {"vue matérialisée", "Vues matérialisées"}},
    {"sequence", {"séquence", "Séquences"}},
    {"function", {"fonction", "Fonctions"}},
    {"procedure", {"procédure", "Procédures"}},
    {"aggregate", {"agrégat", "Agrégats"}},
    {"trigger", {"déclencheur", "Déclencheurs"}},
    {"event_trigger", {"déclencheur d'événement", "Déclencheurs d'événement"}},
    {"policy", {"politique RLS", "Politiques RLS"}},
    {"enum", {"type énuméré", "Types énumérés"}},
    {"composite_type", {"type composite", "Types composites"}},
    {"domain", {"domaine", "Domaines"}},
    {"range_type", {"type intervalle", "Types intervalle"}},
    {"base_type", {"type de base", "Types de base"}},
    {"publication", {"publication", "Publications"}},
    {"default_privileges", {"privilèges par défaut", "Privilèges par défaut"}},
    {"collation", {"collation", "Collations"}},
};

const std::map<std::string, std::string, std::less<>> kAspects{
    {"allowed_values", "valeurs permises"},
    {"body", "corps"},
    {"check", "condition CHECK"},
    {"collation", "collation"},
    {"column_order", "ordre des colonnes"},
    {"columns", "colonnes"},
    {"comment", "commentaire"},
    {"default", "valeur par défaut"},
    {"definition", "définition"},
    {"enabled", "activation"},
    {"generated", "colonne générée"},
    {"grants", "droits"},
    {"identity", "identité"},
    {"labels", "valeurs"},
    {"language", "langage"},
    {"not_null", "NOT NULL"},
    {"options", "options"},
    {"output_column_order", "ordre des colonnes produites"},
    {"output_columns", "colonnes produites"},
    {"owner", "propriétaire"},
    {"query", "requête"},
    {"return_type", "type de retour"},
    {"rls_enabled", "RLS activée"},
    {"rls_forced", "RLS forcée"},
    {"roles", "rôles"},
    {"security_definer", "SECURITY DEFINER"},
    {"signature", "signature"},
    {"storage", "stockage"},
    {"type", "type"},
    {"using", "expression USING"},
    {"volatility", "volatilité"},
    {"with_check", "expression WITH CHECK"},
};

// The plan's hazards (analyzer/plan/hazards.hpp), in French.
const std::map<std::string, std::string, std::less<>> kHazards{
    {"drops the table and its data (ACCESS EXCLUSIVE lock)",
     "supprime la table et ses données (verrou ACCESS EXCLUSIVE)"},
    {"drops the column and its data (ACCESS EXCLUSIVE lock; no rewrite)",
     "supprime la colonne et ses données (verrou ACCESS EXCLUSIVE ; pas de réécriture)"},
    {"rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (unless the types are "
     "binary-compatible)",
     "réécrit la table et ses index sous verrou ACCESS EXCLUSIVE (sauf si les types sont "
     "compatibles en binaire)"},
    {"scans the whole table under an ACCESS EXCLUSIVE lock; fails if a row has NULL",
     "parcourt toute la table sous verrou ACCESS EXCLUSIVE ; échoue si une ligne contient NULL"},
    {"fails if the table has rows (NOT NULL without a default)",
     "échoue si la table contient des lignes (NOT NULL sans valeur par défaut)"},
    {"the default is volatile: adding the column rewrites the table under an ACCESS EXCLUSIVE lock",
     "la valeur par défaut est volatile : ajouter la colonne réécrit la table sous verrou ACCESS "
     "EXCLUSIVE"},
    {"scans the table to validate (SHARE UPDATE EXCLUSIVE lock: reads and writes continue)",
     "parcourt la table pour valider (verrou SHARE UPDATE EXCLUSIVE : lectures et écritures "
     "continuent)"},
    {"builds a unique index under an ACCESS EXCLUSIVE lock",
     "construit un index unique sous verrou ACCESS EXCLUSIVE"},
    {"runs the view's query to fill it", "exécute la requête de la vue pour la remplir"},
    {"re-creates the enum type: values no longer allowed make the conversion fail",
     "recrée le type énuméré : les valeurs qui ne sont plus permises font échouer la conversion"},
};

const std::map<std::string, std::string, std::less<>> kStates{
    {"applied", "appliquée"},    {"missing", "absente"},  {"partial", "partielle"},
    {"superseded", "remplacée"}, {"unknown", "inconnue"},
};

// "14 values" -> "14 valeurs": the counts the diff writes as values.
std::string french_value(std::string value) {
  for (auto [english, french] :
       {std::pair{" values", " valeurs"}, std::pair{" columns", " colonnes"}}) {
    if (value.ends_with(english) &&
        value.find_first_not_of("0123456789") == value.size() - std::strlen(english))
      return value.substr(0, value.size() - std::strlen(english)) + french;
  }
  return value == "(none)" ? "(aucun)" : value;
}

class FrenchStrings final : public ReportStrings {
 public:
  std::string title() const override { return "Rapport d'audit des schémas"; }
  std::string colon() const override { return " : "; }
  std::string colon_end() const override { return " :"; }
  std::string language() const override { return "fr"; }
  std::string title_of(const std::string& old_input, const std::string& new_input) const override {
    return fmt::format("Rapport d'audit des schémas : {} (ANCIEN) et {} (NOUVEAU)", old_input,
                       new_input);
  }
  std::string diff_legend() const override {
    return "Les lignes marquées - ne sont que dans ANCIEN, celles marquées + que dans NOUVEAU.";
  }
  std::string side(std::string_view side) const override {
    return side == "old" ? "ANCIEN" : "NOUVEAU";
  }
  std::string statements(int count) const override {
    return plural(count, "instruction", "instructions");
  }
  std::string migrations_directory() const override { return "Migrations"; }
  std::string verdict(std::size_t differences) const override {
    if (differences == 0) return "Les schémas sont identiques.";
    return fmt::format("Les schémas diffèrent : {}.",
                       plural(differences, "différence", "différences"));
  }

  std::string summary_heading() const override { return "Synthèse"; }
  std::string differences_heading() const override { return "Différences"; }
  std::string migrations_heading() const override { return "Migrations de chaque côté"; }
  std::string drift_heading() const override { return "Dérive de chaque côté"; }
  std::string dry_run_heading() const override {
    return "Essai à blanc des migrations qu'ANCIEN n'a pas enregistrées";
  }
  std::string impact_heading() const override { return "Impact"; }
  std::string actions_heading() const override { return "Actions recommandées"; }
  std::string unknowns_heading() const override {
    return "Ce que des dumps du seul schéma ne disent pas";
  }
  std::string errors_heading() const override { return "Erreurs de lecture"; }

  std::string category() const override { return "Catégorie"; }
  std::string kind_plural(const std::string& kind) const override {
    auto found = kKinds.find(kind);
    return found == kKinds.end() ? kind : found->second.second;
  }
  std::string kind(const std::string& kind) const override {
    auto found = kKinds.find(kind);
    return found == kKinds.end() ? kind : found->second.first;
  }
  std::string migrations_recorded() const override { return "Migrations enregistrées"; }
  std::string migrations_applied() const override {
    return "Migrations appliquées (d'après leurs effets)";
  }
  std::string not_known() const override { return "inconnu"; }
  std::string key_drift(const std::string& side_name, std::size_t items) const override {
    return fmt::format("Dérive du côté {} : {} que son historique de migrations n'explique pas.",
                       side(side_name), plural(items, "objet", "objets"));
  }
  std::string key_dry_run(std::size_t migrations, std::size_t failures,
                          std::size_t remaining) const override {
    return fmt::format(
        "Essai à blanc sur ANCIEN des {} qu'il n'a pas enregistrées : {} échoueraient ; {} "
        "différeraient encore de "
        "NOUVEAU.",
        plural(migrations, "migration", "migrations"),
        plural(failures, "instruction", "instructions"), plural(remaining, "objet", "objets"));
  }
  std::string key_impact(std::size_t breaking) const override {
    return fmt::format(
        "Impact : {} d'un côté {} face à l'autre.",
        plural(breaking, "objet utilisant une différence", "objets utilisant une différence"),
        breaking <= 1 ? "échouerait" : "échoueraient");
  }
  std::string without_migrations() const override {
    return "Sans --migrations, la dérive, l'essai à blanc et les actions recommandées sont omis : "
           "ils comparent "
           "chaque côté à son propre historique de migrations.";
  }

  std::string object() const override { return "Objet"; }
  std::string kind_column() const override { return "Type d'objet"; }
  std::string change() const override { return "Changement"; }
  std::string details() const override { return "Détails"; }
  std::string migrations_column() const override { return "Migrations"; }
  std::string change_type(ChangeType type) const override {
    switch (type) {
      case ChangeType::added:
        return "ajout";
      case ChangeType::removed:
        return "retrait";
      case ChangeType::changed:
        return "modification";
    }
    return "modification";
  }
  std::string possibly_replaced_by(const std::string& name) const override {
    return fmt::format("peut-être renommé ou remplacé par {}", name);
  }
  std::string possibly_replacing(const std::string& name) const override {
    return fmt::format("remplace peut-être {}", name);
  }
  std::string unexplained() const override { return "aucune (inexpliqué)"; }
  std::string possibly_made_by(const std::string& versions) const override {
    return fmt::format("peut-être {} (un bloc DO le nomme)", versions);
  }
  std::string detail(const ChangeDetail& detail) const override {
    ChangeDetail french = detail;
    french.aspect = looked_up(kAspects, detail.aspect);
    if (french.old_value) french.old_value = french_value(*french.old_value);
    if (french.new_value) french.new_value = french_value(*french.new_value);
    return describe_detail(french, "→",
                           {"(aucun)", "seulement dans ANCIEN", "seulement dans NOUVEAU", "ajoutés",
                            "retirés", "modifiés", " : "});
  }
  std::string body_diff_below() const override { return "(diff ci-dessous)"; }
  std::string body_diff_of(const std::string& name, const std::string& aspect) const override {
    return fmt::format("{} — {} :", name, looked_up(kAspects, aspect));
  }
  std::string none() const override { return "Aucun."; }

  std::string version() const override { return "Version"; }
  std::string name() const override { return "Nom"; }
  std::string migration_state(const MigrationStatus& status) const override {
    std::string state = looked_up(kStates, migration_state_name(status.state));
    if (!status.recorded) return state;
    return fmt::format("{} ({})", state, *status.recorded ? "enregistrée" : "non enregistrée");
  }
  std::string migrations_intro() const override {
    return "L'état de chaque migration de chaque côté, jugé d'après ses effets sur le schéma "
           "(présents ou non dans "
           "le dump) et d'après la table d'historique du côté (enregistrée ou non).";
  }
  std::string state_counts(const std::vector<MigrationStatus>& statuses) const override {
    std::vector<std::string> parts;
    for (auto [state, n] : migrations_per_state(statuses))
      parts.push_back(fmt::format("{} {}{}", n, looked_up(kStates, migration_state_name(state)),
                                  n > 1 ? "s" : ""));
    return fmt::format("d'après leurs effets : {}", fmt::join(parts, ", "));
  }
  std::string edited_migration(const std::string& version, const std::string& name) const override {
    return fmt::format("modifiée après avoir été appliquée : {} {}", version, name);
  }
  std::string recorded_without_file(const std::string& version,
                                    const std::string& name) const override {
    return fmt::format("enregistrée sans fichier de migration : {} {}", version, name);
  }
  std::string recorded_twice(const std::string& version, int times) const override {
    return fmt::format("enregistrée {} fois : {}", times, version);
  }
  std::string ledger_of(const std::string& input) const override {
    return fmt::format("La table d'historique de {}", input);
  }

  std::string drift_intro() const override {
    return "Ce que chaque côté a de plus que le schéma donné par ses propres migrations : ce qui a "
           "été changé à la "
           "main, objets entiers comme aspects d'objets créés par une migration.";
  }
  std::string drift_basis(const std::string& side_name, bool from_ledger,
                          std::size_t migrations) const override {
    std::string replayed =
        migrations == 1 ? "de l'unique migration" : fmt::format("des {} migrations", migrations);
    return fmt::format("{} comparé au schéma rejoué à partir {} {}.", side(side_name), replayed,
                       from_ledger ? "que son historique enregistre" : "dont il montre les effets");
  }
  std::string no_drift() const override {
    return "Aucune dérive : ce côté est exactement ce que ses migrations font.";
  }

  std::string dry_run_intro(std::size_t migrations) const override {
    return fmt::format(
        "Les {} qu'ANCIEN n'a pas enregistrées, appliquées hors ligne au schéma d'ANCIEN dans "
        "l'ordre, chaque "
        "instruction séparément, comme psql exécute un fichier sans ON_ERROR_STOP.",
        plural(migrations, "migration", "migrations"));
  }
  std::string dry_run_failures(std::size_t failures) const override {
    return failures <= 1 ? fmt::format("{} instruction échouerait.", failures)
                         : fmt::format("{} instructions échoueraient.", failures);
  }
  std::string where() const override { return "Emplacement"; }
  std::string error() const override { return "Erreur"; }
  std::string dry_run_error(const DryRunFailure& failure) const override {
    return french_error(failure);
  }
  std::string dry_run_remaining(std::size_t remaining) const override {
    return fmt::format("Ensuite ANCIEN différerait encore de NOUVEAU sur {} :",
                       plural(remaining, "objet", "objets"));
  }

  std::string impact_intro() const override {
    return "Ce qui utilise chaque différence, d'un côté ou de l'autre ; ce qui échouerait d'abord "
           "vient en premier.";
  }
  std::string no_impact() const override {
    return "Aucune différence n'est utilisable par un autre objet.";
  }
  std::string impact_subject(const std::string& kind_name, const std::string& name,
                             const std::optional<ChangeType>& type) const override {
    std::string where = !type                          ? "non comparé"
                        : *type == ChangeType::added   ? "seulement dans NOUVEAU"
                        : *type == ChangeType::removed ? "seulement dans ANCIEN"
                                                       : "modifié";
    return fmt::format("{} {} ({})", kind(kind_name), name, where);
  }
  std::string used_by_nothing() const override { return "utilisé par aucun objet"; }
  std::string impact_use(const ImpactUse& use, const std::string& name,
                         const std::string& column) const override {
    std::string what = column.empty() ? "l'utilise" : fmt::format("lit sa colonne {}", column);
    std::string user = fmt::format("{} ({}) {}", kind(use.kind), side(use.side), name);
    user += " " + what;
    if (!use.breaks) return user;
    return fmt::format("{} : échoue face à {}, qui ne l'a pas", user,
                       side(use.side == "old" ? "new" : "old"));
  }

  std::string apply_heading() const override {
    return "Migrations à appliquer sur ANCIEN, dans cet ordre";
  }
  std::string nothing_to_apply() const override {
    return "ANCIEN a enregistré toutes les migrations : rien à appliquer.";
  }
  std::string advice(const MigrationToApply& migration) const override {
    std::string failing = migration.failures <= 1
                              ? fmt::format("{} instruction échouerait", migration.failures)
                              : fmt::format("{} instructions échoueraient", migration.failures);
    switch (migration.advice) {
      case MigrationAdvice::apply:
        return "l'appliquer : toutes ses instructions passent";
      case MigrationAdvice::record_only:
        return fmt::format(
            "l'enregistrer dans la table d'historique sans l'exécuter : ses effets sont déjà là, "
            "faits à la main, et "
            "{}",
            failing);
      case MigrationAdvice::fix_then_apply:
        return fmt::format("la corriger, puis l'appliquer : {} (voir l'essai à blanc)", failing);
    }
    return "";
  }
  std::string resolve_heading() const override { return "Résoudre chaque élément de dérive"; }
  std::string resolve_intro() const override {
    return "Pour chaque élément, deux issues, écrites toutes deux par le générateur de plans de "
           "pgdrift : le "
           "capturer dans une nouvelle migration (l'historique produit alors ce que le côté "
           "contient), ou l'annuler "
           "sur le côté (le côté redevient ce que son historique produit).";
  }
  std::string drift_item(const std::string& side_name, const std::string& kind_name,
                         const std::string& name, ChangeType type) const override {
    std::string what = type == ChangeType::added     ? "seulement sur ce côté"
                       : type == ChangeType::removed ? "absent de ce côté"
                                                     : "modifié à la main";
    return fmt::format("{} : {} {} ({})", side(side_name), kind(kind_name), name, what);
  }
  std::string capture() const override { return "Capturer dans une nouvelle migration"; }
  std::string revert() const override { return "Annuler sur ce côté"; }
  std::string no_sql() const override {
    return "Aucune instruction propre : celles d'un autre élément le couvrent (une table supprimée "
           "ou créée avec ses "
           "index).";
  }
  std::string data_loss() const override { return "perd des données"; }
  std::string hazards_heading() const override { return "Risques de ces instructions"; }
  std::string no_hazards() const override {
    return "Aucune de ces instructions ne prend de verrou durable, ne réécrit ni ne parcourt de "
           "table.";
  }
  std::string action(const std::string& action_name) const override {
    return action_name == "capture" ? "capturer" : "annuler";
  }
  std::string hazard(const std::string& plan_hazard) const override {
    constexpr std::string_view kIndexBuild =
        "blocks writes to the table while the index builds; to avoid it, run instead (outside a "
        "transaction): ";
    if (plan_hazard.starts_with(kIndexBuild))
      return "bloque les écritures sur la table pendant la construction de l'index ; pour "
             "l'éviter, lancer à la "
             "place (hors transaction) : " +
             plan_hazard.substr(kIndexBuild.size());
    return looked_up(kHazards, plan_hazard);
  }
  std::string plan_warnings() const override { return "Ce que les plans n'ont pas pu exprimer :"; }

  std::string unknowns_intro() const override {
    return "Un dump du seul schéma ne contient ni lignes ni réglages du serveur ; ceci n'a donc "
           "pas pu être jugé :";
  }
  std::string unknown(const Unknown& item, const std::string& subject) const override {
    std::string where = item.side.empty() ? "" : fmt::format(" (sur {})", side(item.side));
    switch (item.kind) {
      case UnknownKind::extension_version:
        return fmt::format(
            "la version de l'extension {}{} : aucune instruction ne la nomme, et pg_dump ne "
            "l'écrit jamais",
            subject, where);
      case UnknownKind::migration_effects:
        return fmt::format(
            "si la migration {} a été exécutée : elle ne change aucun objet du schéma, ou le fait "
            "par des "
            "instructions que le rejeu ne peut pas suivre",
            subject);
      case UnknownKind::uncertain_change:
        return fmt::format("qui a fait {} : un bloc DO d'une migration le nomme", subject);
      case UnknownKind::table_rows:
        return fmt::format(
            "si les lignes d'ANCIEN respectent {} une fois les migrations manquantes exécutées : "
            "une valeur en "
            "usage peut faire échouer l'instruction",
            subject);
    }
    return subject;
  }
  std::string always_unknown() const override {
    return "les rôles et leurs attributs, la version et les réglages du serveur, et les données de "
           "chaque table.";
  }
};

}  // namespace

const ReportStrings& french_report_strings() {
  static const FrenchStrings strings;
  return strings;
}

}  // namespace pgdrift
