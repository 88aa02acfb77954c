// The OpenAPI 3 description of /api, written by hand; openapi.test.ts checks that every registered /api route is
// documented here and nothing documented is missing from the server.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const error = (description: string) => json(ref('Error'), description);
const q = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const pathParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const paging = [
  q('offset', 'Skip this many items', { type: 'integer', minimum: 0, default: 0 }),
  q('limit', 'How many items (at most 200)', { type: 'integer', minimum: 1, maximum: 200 }),
];
const page = (item: object) => ({
  type: 'object',
  required: ['offset', 'limit', 'items'],
  properties: {
    total: { type: 'integer' },
    offset: { type: 'integer' },
    limit: { type: 'integer' },
    items: { type: 'array', items: item },
  },
});
const bearer = [{ bearerToken: [] }];
const writeErrors = {
  '401': error('Missing or wrong bearer token'),
  '403': error('Write API disabled: the operator has not set STORYLINE_TOKEN'),
  '413': error('Request body too large'),
  '429': error('Too many requests (see Retry-After)'),
};

export const OPENAPI_DOCUMENT = {
  openapi: '3.0.3',
  info: {
    title: 'Storyline API',
    version: '0.1.0',
    description:
      'Stories built from news articles, with every line traceable to its sources. Reads are open; writes need the operator-configured bearer token (STORYLINE_TOKEN).',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      StorySummary: {
        type: 'object',
        required: ['id', 'articleCount', 'sourceCount', 'outlets', 'languages', 'firstSeen', 'lastSeen'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string', nullable: true },
          articleCount: { type: 'integer' },
          sourceCount: {
            type: 'integer',
            description: 'Independent sources (copies and wire reprints once)',
          },
          outlets: { type: 'array', items: { type: 'string' } },
          languages: { type: 'array', items: { type: 'string' } },
          firstSeen: { type: 'string' },
          lastSeen: { type: 'string' },
          createdAt: { type: 'string' },
          updatedAt: { type: 'string' },
        },
      },
      StoryView: {
        type: 'object',
        description:
          'Everything a story page shows (src/model.ts StoryView): summary with cited sentences, timeline, claims, quotes, entities, sources with the citation graph, perspectives, changes, coverage, articles.',
        required: ['storyId', 'headline', 'summary', 'articles'],
        properties: {
          version: { type: 'integer', description: '0 when built from the articles before synthesis ran' },
          storyId: { type: 'string' },
          headline: { type: 'string' },
          summary: { type: 'object' },
          timeline: { type: 'array', items: { type: 'object' } },
          claims: { type: 'array', items: { type: 'object' } },
          quotes: { type: 'array', items: { type: 'object' } },
          entities: { type: 'array', items: { type: 'object' } },
          sources: { type: 'object' },
          perspectives: { type: 'object' },
          changes: { type: 'array', items: { type: 'object' } },
          coverage: { type: 'array', items: { type: 'object' } },
          articles: { type: 'array', items: { type: 'object' } },
        },
      },
      ArticleSummary: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          origin: { type: 'string' },
          title: { type: 'string', nullable: true },
          outlet: { type: 'string', nullable: true },
          publishedAt: { type: 'string', nullable: true },
          publishedAtSource: { type: 'string' },
          language: { type: 'string', nullable: true },
          wordCount: { type: 'integer' },
          ingestedAt: { type: 'string' },
        },
      },
      Article: {
        type: 'object',
        description: 'A clean article with metadata and provenance (src/model.ts Article)',
      },
      Analysis: { type: 'object', description: 'What analysis found in one article (src/model.ts Analysis)' },
      Entity: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          type: { type: 'string', enum: ['person', 'organization', 'place', 'group', 'other'] },
          aliases: { type: 'array', items: { type: 'string' } },
          roles: { type: 'array', items: { type: 'string' } },
          articleCount: { type: 'integer' },
          storyCount: { type: 'integer' },
        },
      },
      SearchHit: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: { type: 'string', nullable: true },
          outlet: { type: 'string', nullable: true },
          publishedAt: { type: 'string', nullable: true },
          snippet: { type: 'string', description: 'Matches wrapped in «»' },
          rank: { type: 'number' },
        },
      },
      IngestResult: {
        type: 'object',
        properties: {
          summary: {
            type: 'object',
            properties: {
              ingested: { type: 'integer' },
              known: { type: 'integer' },
              failed: { type: 'integer' },
              unchanged: { type: 'integer' },
            },
          },
          outcomes: { type: 'array', items: { type: 'object' } },
        },
      },
    },
  },
  paths: {
    '/api/openapi.json': {
      get: {
        summary: 'This document',
        operationId: 'openapi',
        responses: { '200': json({ type: 'object' }) },
      },
    },
    '/api/stories': {
      get: {
        summary: 'Stories, latest first',
        operationId: 'listStories',
        parameters: [
          ...paging,
          q('outlet', 'Only stories this outlet covered'),
          q('language', 'Only stories with articles in this language (ISO 639-1)'),
          q('entity', 'Only stories mentioning this entity id'),
          q('since', 'Only stories seen on or after this date (YYYY-MM-DD)'),
          q('until', 'Only stories that began on or before this date (YYYY-MM-DD)'),
        ],
        responses: { '200': json(page(ref('StorySummary'))) },
      },
    },
    '/api/stories/{id}': {
      get: {
        summary: 'One story: its StoryView',
        operationId: 'getStory',
        parameters: [pathParam('id', 'Story id (a merged-away id gives the story it became)')],
        responses: { '200': json(ref('StoryView')), '404': error('No such story') },
      },
    },
    '/api/stories/{id}/links': {
      get: {
        summary: "Why each article is in the story: the link stage's decisions and merges",
        operationId: 'getStoryLinks',
        parameters: [pathParam('id', 'Story id')],
        responses: { '200': json({ type: 'object' }), '404': error('No such story') },
      },
    },
    '/api/articles': {
      get: {
        summary: 'Stored articles, newest first',
        operationId: 'listArticles',
        parameters: [...paging, q('outlet', 'Only this outlet'), q('language', 'Only this language')],
        responses: { '200': json(page(ref('ArticleSummary'))) },
      },
      post: {
        summary: 'Ingest an article (text, HTML or URL) through the pipeline',
        operationId: 'postArticle',
        security: bearer,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                description: 'One of text, html or url is required',
                properties: {
                  text: { type: 'string' },
                  html: { type: 'string' },
                  url: { type: 'string', format: 'uri' },
                  title: { type: 'string' },
                  outlet: { type: 'string' },
                  publishedAt: { type: 'string' },
                  language: { type: 'string' },
                },
              },
            },
          },
        },
        responses: {
          '200': json(ref('IngestResult'), 'Already known'),
          '201': json(ref('IngestResult'), 'Ingested'),
          '400': error('Nothing to ingest'),
          '422': json(ref('IngestResult'), 'The input could not be ingested (reasons in outcomes)'),
          ...writeErrors,
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One article with metadata and provenance',
        operationId: 'getArticle',
        parameters: [pathParam('id', 'Article id')],
        responses: { '200': json(ref('Article')), '404': error('No such article') },
      },
    },
    '/api/articles/{id}/analysis': {
      get: {
        summary: "The article's analysis",
        operationId: 'getAnalysis',
        parameters: [pathParam('id', 'Article id')],
        responses: { '200': json(ref('Analysis')), '404': error('No analysis') },
      },
    },
    '/api/articles/{id}/raw': {
      get: {
        summary: 'The raw input behind the article, as text',
        operationId: 'getRaw',
        parameters: [pathParam('id', 'Article id')],
        responses: {
          '200': { description: 'The raw input', content: { 'text/plain': { schema: { type: 'string' } } } },
          '404': error('No raw input'),
        },
      },
    },
    '/api/entities': {
      get: {
        summary: 'Entities across the store, most mentioned first',
        operationId: 'listEntities',
        parameters: [
          ...paging,
          q('q', 'Name or alias prefix'),
          q('type', 'person, organization, place, group, other'),
        ],
        responses: { '200': json(page(ref('Entity'))) },
      },
    },
    '/api/entities/{id}': {
      get: {
        summary: 'One entity with its stories and latest article ids',
        operationId: 'getEntity',
        parameters: [pathParam('id', 'Entity id')],
        responses: {
          '200': json({
            type: 'object',
            properties: {
              entity: ref('Entity'),
              stories: { type: 'array', items: ref('StorySummary') },
              articleIds: { type: 'array', items: { type: 'string' } },
            },
          }),
          '404': error('No such entity'),
        },
      },
    },
    '/api/outlets': {
      get: {
        summary: 'Outlets with their article counts',
        operationId: 'listOutlets',
        responses: {
          '200': json({
            type: 'object',
            properties: {
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { name: { type: 'string' }, articles: { type: 'integer' } },
                },
              },
            },
          }),
        },
      },
    },
    '/api/outlets/{name}': {
      get: {
        summary: 'One outlet: its articles, stories, cited sources and opinion share',
        operationId: 'getOutlet',
        parameters: [pathParam('name', 'Outlet name'), ...paging],
        responses: { '200': json({ type: 'object' }), '404': error('No articles from this outlet') },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search over articles, and the stories holding them',
        operationId: 'search',
        parameters: [
          q('q', 'Words; "quoted phrases", prefix*'),
          q('limit', 'How many article hits (at most 100)', { type: 'integer' }),
        ],
        responses: {
          '200': json({
            type: 'object',
            properties: {
              query: { type: 'string' },
              stories: { type: 'array', items: { type: 'object' } },
              hits: { type: 'array', items: ref('SearchHit') },
            },
          }),
          '429': error('Too many requests (see Retry-After)'),
        },
      },
    },
    '/api/failures': {
      get: {
        summary: 'Inputs that could not be ingested, with reasons',
        operationId: 'listFailures',
        responses: { '200': json({ type: 'object' }) },
      },
    },
    '/api/feeds': {
      post: {
        summary: 'Subscribe to a feed (polled by `storyline watch` / `serve --watch`)',
        operationId: 'postFeed',
        security: bearer,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['url'],
                properties: { url: { type: 'string', format: 'uri' }, title: { type: 'string' } },
              },
            },
          },
        },
        responses: {
          '200': json({ type: 'object' }, 'Already subscribed'),
          '201': json({ type: 'object' }, 'Subscribed'),
          '400': error('Not a feed URL'),
          ...writeErrors,
        },
      },
    },
  },
} as const;
