// The interop "blog" schema (/work/shared/conformance/interop/schema.prisma), built by hand so the
// migrate tests can compare our DDL with what Prisma 7 wrote into prisma7.db.
import type { Provider, Schema } from '../../../src/schema/model.js';
import { autoincrement, bool, enumDef, enumValue, manyToMany, model, now, num, relation, relationField, scalar, schema, str } from './schema-builder.js';

export function blogSchema(provider: Provider = 'sqlite'): Schema {
  const id = scalar('id', 'Int', { id: true, default: autoincrement });
  const user = model('User', [
    id,
    scalar('email', 'String', { unique: true }),
    scalar('name', 'String', { optional: true }),
    scalar('role', 'Role', { enum: true, default: enumValue('USER') }),
    scalar('karma', 'BigInt', { default: num('0') }),
    scalar('score', 'Float', { default: num('0') }),
    scalar('active', 'Boolean', { default: bool(true) }),
    scalar('settings', 'Json', { optional: true }),
    scalar('birthday', 'DateTime', { optional: true }),
    scalar('createdAt', 'DateTime', { default: now }),
    scalar('updatedAt', 'DateTime', { updatedAt: true }),
    relationField('profile', 'Profile', 'ProfileToUser', { optional: true }),
    relationField('posts', 'Post', 'PostToUser', { list: true }),
    relationField('comments', 'Comment', 'CommentToUser', { list: true }),
  ], { indexes: [['role', 'active']] });
  const profile = model('Profile', [
    id,
    scalar('bio', 'String', { optional: true }),
    scalar('website', 'String', { optional: true }),
    scalar('userId', 'Int', { unique: true }),
    relationField('user', 'User', 'ProfileToUser', { fields: ['userId'], references: ['id'] }),
  ]);
  const post = model('Post', [
    id,
    scalar('slug', 'String'),
    scalar('lang', 'String', { default: str('en') }),
    scalar('title', 'String'),
    scalar('content', 'String', { optional: true }),
    scalar('published', 'Boolean', { default: bool(false) }),
    scalar('views', 'Int', { default: num('0') }),
    scalar('rating', 'Decimal', { default: num('0') }),
    scalar('metadata', 'Json', { optional: true }),
    scalar('publishedAt', 'DateTime', { optional: true }),
    scalar('authorId', 'Int', { optional: true }),
    relationField('author', 'User', 'PostToUser', { optional: true, fields: ['authorId'], references: ['id'] }),
    relationField('comments', 'Comment', 'CommentToPost', { list: true }),
    relationField('tags', 'Tag', 'PostToTag', { list: true }),
    relationField('postTags', 'PostTag', 'PostToPostTag', { list: true }),
    scalar('createdAt', 'DateTime', { default: now }),
    scalar('updatedAt', 'DateTime', { updatedAt: true }),
  ], { uniques: [['slug', 'lang']], indexes: [['published', 'createdAt'], ['authorId']] });
  const comment = model('Comment', [
    id,
    scalar('body', 'String'),
    scalar('likes', 'Int', { default: num('0') }),
    scalar('postId', 'Int'),
    relationField('post', 'Post', 'CommentToPost', { fields: ['postId'], references: ['id'] }),
    scalar('authorId', 'Int', { optional: true }),
    relationField('author', 'User', 'CommentToUser', { optional: true, fields: ['authorId'], references: ['id'] }),
    scalar('createdAt', 'DateTime', { default: now }),
  ], { indexes: [['postId']] });
  const tag = model('Tag', [
    id,
    scalar('name', 'String', { unique: true }),
    relationField('posts', 'Post', 'PostToTag', { list: true }),
    relationField('postTags', 'PostTag', 'PostTagToTag', { list: true }),
  ]);
  const postTag = model('PostTag', [
    scalar('postId', 'Int'),
    scalar('tagId', 'Int'),
    scalar('assignedBy', 'String', { optional: true }),
    scalar('assignedAt', 'DateTime', { default: now }),
    relationField('post', 'Post', 'PostToPostTag', { fields: ['postId'], references: ['id'] }),
    relationField('tag', 'Tag', 'PostTagToTag', { fields: ['tagId'], references: ['id'] }),
  ], { id: ['postId', 'tagId'], indexes: [['tagId']] });
  const sample = model('Sample', [
    id,
    scalar('label', 'String', { unique: true }),
    scalar('str', 'String'), scalar('int', 'Int'), scalar('big', 'BigInt'), scalar('float', 'Float'), scalar('dec', 'Decimal'),
    scalar('bool', 'Boolean'), scalar('date', 'DateTime'), scalar('json', 'Json'), scalar('bytes', 'Bytes'), scalar('role', 'Role', { enum: true }),
    scalar('optStr', 'String', { optional: true }), scalar('optInt', 'Int', { optional: true }), scalar('optBig', 'BigInt', { optional: true }),
    scalar('optDec', 'Decimal', { optional: true }), scalar('optDate', 'DateTime', { optional: true }), scalar('optJson', 'Json', { optional: true }),
    scalar('optByte', 'Bytes', { optional: true }), scalar('optRole', 'Role', { enum: true, optional: true }),
  ]);
  return schema(provider, [user, profile, post, comment, tag, postTag, sample], [
    relation('ProfileToUser', ['Profile', 'user'], ['User', 'profile'], { fields: ['userId'], references: ['id'], onDelete: 'Cascade', table: 'Profile', optional: false, oneToOne: true }),
    relation('PostToUser', ['Post', 'author'], ['User', 'posts'], { fields: ['authorId'], references: ['id'], onDelete: 'SetNull', table: 'Post', optional: true }),
    relation('CommentToPost', ['Comment', 'post'], ['Post', 'comments'], { fields: ['postId'], references: ['id'], onDelete: 'Cascade', table: 'Comment', optional: false }),
    relation('CommentToUser', ['Comment', 'author'], ['User', 'comments'], { fields: ['authorId'], references: ['id'], onDelete: 'SetNull', table: 'Comment', optional: true }),
    manyToMany('PostToTag', ['Post', 'tags'], ['Tag', 'posts']),
    relation('PostToPostTag', ['PostTag', 'post'], ['Post', 'postTags'], { fields: ['postId'], references: ['id'], onDelete: 'Cascade', table: 'PostTag', optional: false }),
    relation('PostTagToTag', ['PostTag', 'tag'], ['Tag', 'postTags'], { fields: ['tagId'], references: ['id'], onDelete: 'Cascade', table: 'PostTag', optional: false }),
  ], [enumDef('Role', ['USER', 'EDITOR', 'ADMIN'])]);
}
