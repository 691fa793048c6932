import type { QualifiedName } from '../../sql';
import { createRule } from '../rule';
import { layersOf, writtenName } from '../warehouse';

export default createRule({
  code: 'WH01',
  name: 'layer-prefix',
  group: 'warehouse',
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    prefix: "table '{{name}}' is in layer {{layer}} but not named '{{prefix}}...'; rename it or move the file to its layer's folder",
    database: "table '{{name}}' is in layer {{layer}} but in database '{{database}}'; create it in database '{{expected}}'",
    unknownLayer: "folder '{{layer}}' is no layer of this project; move the file under one of {{layers}}, or add the layer to strata.yaml",
  },
  options: {},
  docs: {
    description: "A table under tables/<layer>/ carries its layer's prefix and lives in its layer's database (strata.yaml `layers:`; by default ods, dim, dwd, dws, ads with database and prefix named after the layer).",
    incorrect: "CREATE TABLE dws.live_room_1d (room_id BIGINT COMMENT 'room id') COMMENT 'room summary';\n",
    correct: "CREATE TABLE dwd.dwd_live_room_watch_di (room_id BIGINT COMMENT 'room id') COMMENT 'watch sessions';\n",
    file: 'tables/dwd/dwd_live_room_watch_di.sql',
  },
  create(context) {
    const { file } = context;
    if (file?.kind !== 'table' || file.layer === undefined) return {};
    const layers = layersOf(context.workspace);
    const layer = layers.find((l) => l.name === file.layer);
    const check = (name: QualifiedName) => {
      const written = writtenName(name);
      if (!layer) {
        const data = { layer: file.layer ?? '', layers: layers.map((l) => l.name).join(', ') };
        context.report({ messageId: 'unknownLayer', data, start: name.start, end: name.end });
        return;
      }
      const bare = name.parts[name.parts.length - 1];
      if (!bare.name.toLowerCase().startsWith(layer.prefix.toLowerCase())) {
        context.report({ messageId: 'prefix', data: { name: written, layer: layer.name, prefix: layer.prefix }, start: bare.start, end: bare.end });
      }
      const database = name.parts[name.parts.length - 2];
      if (database && database.name.toLowerCase() !== layer.database.toLowerCase()) {
        const data = { name: written, layer: layer.name, database: database.name, expected: layer.database };
        context.report({ messageId: 'database', data, start: database.start, end: database.end });
      }
    };
    return {
      CreateTable(node) {
        if (!node.temporary) check(node.name);
      },
      CreateView(node) {
        if (!node.temporary) check(node.name);
      },
    };
  },
});
