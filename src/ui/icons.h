// Icon glyphs from Fork Awesome (Debian fonts-fork-awesome), merged into the
// text font. tools/make_fonts.sh reads the code points from this file to
// subset the icon font, so an icon used anywhere must be defined here.
#pragma once

#define ICON_LEARN "\uf19d"      // graduation-cap
#define ICON_ROLES "\uf0c0"      // users
#define ICON_SKILLS "\uf192"     // dot-circle-o
#define ICON_ORG "\uf0e8"        // sitemap
#define ICON_PLAN "\uf274"       // calendar-check-o
#define ICON_HIRING "\uf234"     // user-plus
#define ICON_SETTINGS "\uf013"   // cog
#define ICON_UNDO "\uf0e2"
#define ICON_REDO "\uf01e"
#define ICON_IMPORT "\uf093"     // upload
#define ICON_EXPORT "\uf019"     // download
#define ICON_FOLDER "\uf07c"
#define ICON_PLUS "\uf067"
#define ICON_RENAME "\uf040"     // pencil
#define ICON_COPY "\uf0c5"
#define ICON_TRASH "\uf1f8"
#define ICON_CHECK "\uf00c"
#define ICON_WARNING "\uf071"
#define ICON_ERROR "\uf057"      // times-circle
#define ICON_INFO "\uf05a"
#define ICON_SAVE "\uf0c7"
#define ICON_CARET_DOWN "\uf0d7"
#define ICON_SUN "\uf185"
#define ICON_MOON "\uf186"
#define ICON_HELP "\uf059"
#define ICON_CLOCK "\uf017"
#define ICON_DATABASE "\uf1c0"
#define ICON_KEYBOARD "\uf11c"
#define ICON_CHEVRON_RIGHT "\uf054"
#define ICON_CIRCLE "\uf111"
#define ICON_SEARCH "\uf002"
#define ICON_USERS_EXAMPLE "\uf0c0"  // users
#define ICON_IMAGE "\uf03e"          // picture-o
#define ICON_CODE "\uf121"           // code (SVG)
#define ICON_CROSSHAIRS "\uf05b"
#define ICON_TIMES "\uf00d"
#define ICON_ARROW_UP "\uf062"
#define ICON_ARROW_DOWN "\uf063"
#define ICON_EXPAND "\uf065"         // expand (fit / expand all)
#define ICON_BUILDING "\uf1ad"       // building (a unit)
#define ICON_USER "\uf007"
#define ICON_TABLE "\uf0ce"          // table (CSV)
#define ICON_USER_PLUS "\uf234"
#define ICON_SHARE "\uf1e0"          // share-alt
#define ICON_REPORT "\uf0f6"         // file-text-o
