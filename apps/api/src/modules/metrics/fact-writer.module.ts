import { Module } from '@nestjs/common';
import { FactWriter } from './fact-writer.service.js';

/** The write side of the facts, apart from the read side's resolvers: the worker role loads only this. */
@Module({ providers: [FactWriter], exports: [FactWriter] })
export class FactWriterModule {}
